namespace Monitoring.Grains.Notifications;

/// <summary>An item for one contact that its rate limit held back; it joins the contact's next message from <see cref="ReleaseAt"/>.</summary>
[GenerateSerializer, Immutable, Alias("notifier-held")]
public sealed record HeldNotice(
    [property: Id(0)] string ContactId,
    [property: Id(1)] string AlertId,
    [property: Id(2)] int Tier,
    [property: Id(3)] NoticeKind Kind,
    [property: Id(4)] DateTimeOffset ReleaseAt);
