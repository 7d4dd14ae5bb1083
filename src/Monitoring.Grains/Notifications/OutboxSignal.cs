namespace Monitoring.Grains.Notifications;

/// <summary>
/// Wakes this silo's delivery worker when a message is queued here, so that it need not wait for its
/// next poll. Messages queued on other silos are found by polling.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _queued = new(0, 1);

    /// <summary>Says that something was queued (a wake-up already pending absorbs this one).</summary>
    public void Pulse()
    {
        try
        {
            _queued.Release();
        }
        catch (SemaphoreFullException)
        {
            // A wake-up is pending already: one is enough.
        }
    }

    /// <summary>Waits for a pulse or <paramref name="timeout"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _queued.WaitAsync(timeout, cancellationToken);
}
