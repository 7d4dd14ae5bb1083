namespace Monitoring.Grains.Feed;

/// <summary>
/// Coalesces a grain's state updates for the feed: at most one per interval. A change inside the
/// interval is held back and goes out with the first change after the interval ends; when none comes,
/// the silo's <see cref="FeedPublisher"/> nudges the grain (<c>IFeedSource.FlushFeedAsync</c>) one
/// interval later, so the last state always reaches the dashboards. Wall-clock pacing, independent of
/// the monitoring clock (it is about delivery, not about the guards' time).
/// </summary>
/// <remarks>
/// No timer per grain: a grain timer costs a few hundred bytes for as long as the grain lives, and a
/// streaming grain would tick it several times a second. The publisher keeps one wheel for the silo.
/// </remarks>
internal sealed class FeedThrottle(GrainId grain, FeedPublisher publisher, TimeSpan interval)
{
    /// <summary>Guards: what a dashboard shows as live (the product's 250 ms).</summary>
    public static readonly TimeSpan GuardInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Devices: readings (battery, signal) change slowly and stream with every event; once a second is live enough.</summary>
    public static readonly TimeSpan DeviceInterval = TimeSpan.FromSeconds(1);

    /// <summary>Sites: the overview's counts, once a second per site.</summary>
    public static readonly TimeSpan SiteInterval = TimeSpan.FromSeconds(1);

    private readonly long _intervalMs = (long)interval.TotalMilliseconds;
    private long _lastSentAt = long.MinValue / 2;

    // When the held-back update falls due (Environment.TickCount64), or 0 when none is held back. Read
    // by the publisher's flush loop on its own thread, to skip grains that have sent it since.
    private long _dueAt;

    public bool IsHoldingBack => Volatile.Read(ref _dueAt) != 0;

    /// <summary>Records a change; true when the caller should publish its state now.</summary>
    public bool Changed()
    {
        if (!publisher.Enabled)
        {
            return false;
        }

        var now = Environment.TickCount64;
        if (now - _lastSentAt >= _intervalMs)
        {
            Sent(now);
            return true;
        }

        if (_dueAt == 0)
        {
            _dueAt = _lastSentAt + _intervalMs;
            publisher.HoldBack(grain, this, _dueAt + _intervalMs);
        }

        return false;
    }

    /// <summary>
    /// The publisher's nudge: true when an update is still held back and due (the caller publishes it
    /// now). A nudge meant for an update already sent finds none, or one not yet due, which a later
    /// nudge covers.
    /// </summary>
    public bool TakeHeldBack()
    {
        if (_dueAt == 0 || Environment.TickCount64 < _dueAt)
        {
            return false;
        }

        Sent(Environment.TickCount64);
        return true;
    }

    /// <summary>
    /// The grain deactivating (its silo stopping, or the grain idle): true when an update is held
    /// back, due or not; the caller publishes it now, as no nudge would find this activation again.
    /// </summary>
    public bool TakeAnyHeldBack()
    {
        if (_dueAt == 0)
        {
            return false;
        }

        Sent(Environment.TickCount64);
        return true;
    }

    private void Sent(long now)
    {
        _lastSentAt = now;
        Volatile.Write(ref _dueAt, 0);
    }
}
