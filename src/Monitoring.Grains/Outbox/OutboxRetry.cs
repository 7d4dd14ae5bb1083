namespace Monitoring.Grains.Outbox;

/// <summary>
/// The retry of a grain's owed follow-ups: a one-shot grain timer (kept alive, not interleaved, so it
/// runs as one of the grain's own turns) set again after each failure, waiting twice as long each
/// time from <see cref="FirstDelay"/> up to <see cref="MaxDelay"/>.
/// </summary>
internal sealed class OutboxRetry(IGrainBase grain, Func<Task> drain)
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    private IGrainTimer? _timer;

    /// <summary>Failed attempts in a row.</summary>
    public int Failures { get; private set; }

    /// <summary>Drains at once, as a turn of its own (after activation, with work left over).</summary>
    public void Soon() => Set(TimeSpan.Zero);

    /// <summary>An attempt failed: try again after the next delay. Returns the delay.</summary>
    public TimeSpan Failed()
    {
        Failures++;
        var delay = TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, FirstDelay.Ticks << Math.Min(Failures - 1, 16)));
        Set(delay);
        return delay;
    }

    /// <summary>Everything owed is done: no more retries.</summary>
    public void Done()
    {
        Failures = 0;
        _timer?.Dispose();
        _timer = null;
    }

    private void Set(TimeSpan due)
    {
        if (_timer is null)
        {
            _timer = grain.RegisterGrainTimer(drain, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        }
        else
        {
            _timer.Change(due, Timeout.InfiniteTimeSpan);
        }
    }
}
