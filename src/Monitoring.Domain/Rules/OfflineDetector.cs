namespace Monitoring.Domain.Rules;

/// <summary>
/// device_offline is detected by a timer, not by the next message: the silence counts from the
/// last time the device was heard from, or from the start of the shift if that is later (a device
/// idle before the shift is not offline the moment it starts). "Heard" is the server's receive time,
/// not the event's own: a batch of buffered old events still proves the device is reachable now,
/// and device clocks drift.
/// </summary>
public static class OfflineDetector
{
    public static OfflineStatus Check(DateTimeOffset? lastHeardAt, DateTimeOffset? onShiftSince, DateTimeOffset now, TimeSpan silence)
    {
        if (onShiftSince is not { } shiftStart)
        {
            return new OfflineStatus(false, null, null);
        }

        var since = lastHeardAt is { } heard && heard > shiftStart ? heard : shiftStart;
        var due = since + silence;
        var silenceMin = Math.Max(0, (now - since).TotalMinutes);
        return new OfflineStatus(now >= due, due, silenceMin);
    }

    /// <summary>The silence a rule means by its threshold (minutes).</summary>
    public static TimeSpan SilenceOf(RuleDefinition rule) => TimeSpan.FromMinutes(rule.Threshold);
}
