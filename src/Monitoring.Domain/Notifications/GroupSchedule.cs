namespace Monitoring.Domain.Notifications;

/// <summary>
/// When a group's messages go out, Alertmanager's way: a new group's first message after the group
/// wait (so a storm arrives as one message); alerts joining a group already notified at the last
/// message plus the group interval; a group still firing again after the repeat interval. Escalations,
/// acknowledgements and resolutions do not wait.
/// </summary>
public static class GroupSchedule
{
    /// <summary>When items pending since <paramref name="firstPendingAt"/> go out.</summary>
    public static DateTimeOffset PendingDueAt(DateTimeOffset firstPendingAt, DateTimeOffset? lastSentAt, GroupTimings timings) =>
        lastSentAt is { } sent
            ? Later(sent + timings.Interval, firstPendingAt)
            : firstPendingAt + timings.Wait;

    /// <summary>When a group still firing, notified last at <paramref name="lastSentAt"/>, is notified again.</summary>
    public static DateTimeOffset RepeatDueAt(DateTimeOffset lastSentAt, GroupTimings timings) => lastSentAt + timings.Repeat;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
