namespace Monitoring.Domain.Notifications;

/// <summary>Alertmanager's group timings: the wait before a new group's first message, the interval between messages about what joined a notified group, and the repeat of a group still firing.</summary>
public sealed record GroupTimings(TimeSpan Wait, TimeSpan Interval, TimeSpan Repeat)
{
    public static GroupTimings Default { get; } = new(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), TimeSpan.FromHours(4));

    /// <summary>The shortest of each timing, so the most eager of several matching routes sets the pace.</summary>
    public GroupTimings Min(GroupTimings other) =>
        new(Shorter(Wait, other.Wait), Shorter(Interval, other.Interval), Shorter(Repeat, other.Repeat));

    private static TimeSpan Shorter(TimeSpan a, TimeSpan b) => a <= b ? a : b;
}
