namespace Monitoring.Grains.Feed;

/// <summary>
/// Coalesces a grain's state updates for the feed: at most one per interval; a change inside the
/// interval is sent once when it ends, with the state as it is then. Wall-clock pacing, independent
/// of the monitoring clock (it is about delivery, not about the guards' time).
/// </summary>
internal sealed class FeedThrottle(Grain grain, FeedPublisher publisher, TimeSpan interval, Func<Task> publish)
{
    /// <summary>Guards: what a dashboard shows as live (the product's 250 ms).</summary>
    public static readonly TimeSpan GuardInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Devices: readings (battery, signal) change slowly and stream with every event; once a second is live enough.</summary>
    public static readonly TimeSpan DeviceInterval = TimeSpan.FromSeconds(1);

    private long _lastSentAt = long.MinValue;
    private bool _pending;

    // One timer per grain, created on the first deferred update and re-armed after that: a streaming
    // grain defers an update every interval, and registering and disposing a timer each time was a
    // steady stream of short-lived timer objects for the collector.
    private IGrainTimer? _timer;

    public Task ChangedAsync()
    {
        if (_pending || !publisher.Enabled)
        {
            return Task.CompletedTask;
        }

        var now = Environment.TickCount64;
        var wait = _lastSentAt == long.MinValue ? 0 : (long)interval.TotalMilliseconds - (now - _lastSentAt);
        if (wait <= 0)
        {
            _lastSentAt = now;
            return publish();
        }

        _pending = true;
        var due = TimeSpan.FromMilliseconds(wait);
        if (_timer is null)
        {
            _timer = grain.RegisterGrainTimer(SendPendingAsync, due, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _timer.Change(due, Timeout.InfiniteTimeSpan);
        }

        return Task.CompletedTask;
    }

    private Task SendPendingAsync()
    {
        _pending = false;
        _lastSentAt = Environment.TickCount64;
        return publish();
    }
}
