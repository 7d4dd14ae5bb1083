namespace Monitoring.Grains.Notifications;

/// <summary>
/// A site notifier's durable state: the site's alerts it still follows, the (alert, tier) items waiting
/// for their group, each group's last message, what a contact's rate limit holds back, and the flush
/// planned but maybe not yet queued (the outbox pattern: written before it is queued, queued again
/// after a crash; the outbox ignores a key it holds).
/// </summary>
[GenerateSerializer, Alias("notifier-state")]
public sealed class NotifierState
{
    [Id(0)] public Dictionary<string, FollowedAlert> Alerts { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public List<PendingNotice> Pending { get; set; } = [];
    [Id(2)] public Dictionary<string, DateTimeOffset> GroupSentAt { get; set; } = new(StringComparer.Ordinal);
    [Id(3)] public List<HeldNotice> Held { get; set; } = [];
    [Id(4)] public long Flushes { get; set; }
    [Id(5)] public List<OutboundNotification>? Planned { get; set; }
    [Id(6)] public Dictionary<string, int> SilencedReported { get; set; } = new(StringComparer.Ordinal);
    [Id(7)] public bool Armed { get; set; }
}
