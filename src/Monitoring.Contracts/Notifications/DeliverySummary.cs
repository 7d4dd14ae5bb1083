namespace Monitoring.Contracts.Notifications;

/// <summary>How an alert's notifications stand: deliveries per status and the latest change.</summary>
[GenerateSerializer, Immutable, Alias("delivery-summary")]
public sealed record DeliverySummary
{
    /// <summary>Deliveries queued or being tried.</summary>
    [Id(0)] public int Pending { get; init; }

    /// <summary>Deliveries accepted by their receiver.</summary>
    [Id(1)] public int Sent { get; init; }

    /// <summary>Deliveries whose last attempt failed and that will be tried again.</summary>
    [Id(2)] public int Failed { get; init; }

    /// <summary>Deliveries dead-lettered.</summary>
    [Id(3)] public int Dead { get; init; }

    /// <summary>The highest tier notified so far (null: none yet).</summary>
    [Id(4)] public int? LastTier { get; init; }

    /// <summary>When a delivery of the alert last changed.</summary>
    [Id(5)] public DateTimeOffset? LastAt { get; init; }

    /// <summary>No delivery at all.</summary>
    public static DeliverySummary None { get; } = new();
}
