using System.Collections.Immutable;
using Monitoring.Contracts.Notifications;

namespace Monitoring.Grains.Notifications;

/// <summary>
/// One message to queue: to one contact on one channel (a copy of the channel as configured when it
/// was queued, secret included), about one or more alerts of one group. The idempotency key is
/// derived from the group's flush and the contact and channel, so queueing it again is a no-op and
/// every attempt carries the same key to the receiver.
/// </summary>
[GenerateSerializer, Immutable, Alias("outbound-notification")]
public sealed record OutboundNotification
{
    [Id(0)] public required string DeliveryId { get; init; }
    [Id(1)] public required string IdempotencyKey { get; init; }
    [Id(2)] public required string Tenant { get; init; }
    [Id(3)] public required string SiteId { get; init; }
    [Id(4)] public string? IncidentId { get; init; }
    [Id(5)] public int Tier { get; init; }
    [Id(6)] public required string ContactId { get; init; }
    [Id(7)] public required string ContactName { get; init; }
    [Id(8)] public required ContactChannel Channel { get; init; }
    [Id(9)] public NotificationReason Reason { get; init; }
    [Id(10)] public ImmutableArray<NotificationItem> Items { get; init; } = [];
    [Id(11)] public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The row the delivery log shows before any attempt.</summary>
    public Delivery ToDelivery() => new()
    {
        DeliveryId = DeliveryId,
        IdempotencyKey = IdempotencyKey,
        AlertIds = [.. Items.Select(i => i.AlertId)],
        IncidentId = IncidentId,
        SiteId = SiteId,
        Tier = Tier,
        ContactId = ContactId,
        Channel = Channel.Kind,
        Reason = Reason,
        Status = DeliveryStatus.Pending,
        CreatedAt = CreatedAt,
        UpdatedAt = CreatedAt,
    };
}
