using System.Collections.Immutable;

namespace Monitoring.Contracts.Notifications;

/// <summary>
/// One message to one contact on one channel, as the delivery log shows it. From the receiver's side
/// it arrives once: every attempt carries the same <see cref="IdempotencyKey"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("delivery")]
public sealed record Delivery
{
    /// <summary>Delivery id (<c>dlv_...</c>).</summary>
    [Id(0)] public required string DeliveryId { get; init; }

    /// <summary>The key the receiver deduplicates by (webhook header <c>Idempotency-Key</c>).</summary>
    [Id(1)] public required string IdempotencyKey { get; init; }

    /// <summary>The alerts the message is about.</summary>
    [Id(2)] public ImmutableArray<string> AlertIds { get; init; } = [];

    /// <summary>The incident they belong to, when known.</summary>
    [Id(3)] public string? IncidentId { get; init; }

    /// <summary>The site.</summary>
    [Id(4)] public required string SiteId { get; init; }

    /// <summary>The tier notified (0 on raise, 1..3 on escalation).</summary>
    [Id(5)] public int Tier { get; init; }

    /// <summary>The contact.</summary>
    [Id(6)] public required string ContactId { get; init; }

    /// <summary>The channel.</summary>
    [Id(7)] public ChannelKind Channel { get; init; }

    /// <summary>Why it was sent.</summary>
    [Id(8)] public NotificationReason Reason { get; init; }

    /// <summary>Where it stands.</summary>
    [Id(9)] public DeliveryStatus Status { get; init; }

    /// <summary>Attempts made so far.</summary>
    [Id(10)] public int Attempts { get; init; }

    /// <summary>The last failure, if any.</summary>
    [Id(11)] public string? LastError { get; init; }

    /// <summary>When it was queued (host clock).</summary>
    [Id(12)] public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    [Id(13)] public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the receiver accepted it.</summary>
    [Id(14)] public DateTimeOffset? SentAt { get; init; }
}
