using Monitoring.Domain.Notifications;

namespace Monitoring.Grains.Notifications;

/// <summary>
/// The sends inside one contact's rate window, by message key. Persisted, so a silo's death does not
/// reset a contact's window in the middle of a storm; only sends still inside the window are kept.
/// </summary>
internal sealed class ContactLimiterGrain(
    [PersistentState("contact-limiter")] IPersistentState<Dictionary<string, DateTimeOffset>> state) : Grain, IContactLimiterGrain
{
    public async Task<DateTimeOffset?> TakeAsync(string key, DateTimeOffset now, int limit, int windowMinutes)
    {
        var sends = state.State;
        if (sends.ContainsKey(key))
        {
            return null;
        }

        var window = TimeSpan.FromMinutes(Math.Max(1, windowMinutes));
        foreach (var old in sends.Where(s => s.Value <= now - window).Select(s => s.Key).ToList())
        {
            sends.Remove(old);
        }

        if (RateWindow.HeldUntil(sends.Values, now, limit, window) is { } heldUntil)
        {
            return heldUntil;
        }

        sends[key] = now;
        await state.WriteStateAsync();
        return null;
    }
}
