namespace Monitoring.Grains.Notifications;

/// <summary>What a queued item tells: the alert fires (tier 0), escalated (tiers 1..3), repeats, was acknowledged or resolved.</summary>
public enum NoticeKind
{
    Firing,
    Escalated,
    Repeat,
    Acknowledged,
    Resolved,
}
