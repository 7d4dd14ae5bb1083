namespace Monitoring.Grains.Notifications;

/// <summary>An (alert, tier) item waiting for its group's next message since <see cref="Since"/>.</summary>
[GenerateSerializer, Immutable, Alias("notifier-pending")]
public sealed record PendingNotice(
    [property: Id(0)] string AlertId,
    [property: Id(1)] int Tier,
    [property: Id(2)] NoticeKind Kind,
    [property: Id(3)] DateTimeOffset Since)
{
    /// <summary>Escalations, acknowledgements and resolutions do not wait for the group.</summary>
    public bool IsUrgent => Kind != NoticeKind.Firing;
}
