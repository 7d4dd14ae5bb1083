namespace Monitoring.Grains.Notifications;

/// <summary>
/// One contact's rate limit across every site notifier of the tenant. Key: <c>{tenant}/{contactId}</c>.
/// </summary>
public interface IContactLimiterGrain : IGrainWithStringKey
{
    /// <summary>
    /// Takes a slot for the message <paramref name="key"/> at <paramref name="now"/>: null when granted
    /// (again, for a key already granted), otherwise when a slot frees up.
    /// </summary>
    Task<DateTimeOffset?> TakeAsync(string key, DateTimeOffset now, int limit, int windowMinutes);
}
