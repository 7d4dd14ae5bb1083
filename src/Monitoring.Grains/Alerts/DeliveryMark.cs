using Monitoring.Contracts.Notifications;

namespace Monitoring.Grains.Alerts;

/// <summary>Where one delivery about an alert stands, as the alert keeps it for its summary.</summary>
[GenerateSerializer, Immutable, Alias("delivery-mark")]
public sealed record DeliveryMark(
    [property: Id(0)] int Tier,
    [property: Id(1)] DeliveryStatus Status,
    [property: Id(2)] DateTimeOffset At)
{
    /// <summary>True when <paramref name="next"/> may replace this mark: a final status (sent, dead) is never undone.</summary>
    public bool YieldsTo(DeliveryStatus next) =>
        Status is not (DeliveryStatus.Sent or DeliveryStatus.Dead) && next != Status;

    /// <summary>The alert's summary of <paramref name="marks"/>.</summary>
    public static DeliverySummary Summarise(IReadOnlyCollection<DeliveryMark> marks) => marks.Count == 0
        ? DeliverySummary.None
        : new DeliverySummary
        {
            Pending = marks.Count(m => m.Status == DeliveryStatus.Pending),
            Sent = marks.Count(m => m.Status == DeliveryStatus.Sent),
            Failed = marks.Count(m => m.Status == DeliveryStatus.Failed),
            Dead = marks.Count(m => m.Status == DeliveryStatus.Dead),
            LastTier = marks.Max(m => m.Tier),
            LastAt = marks.Max(m => m.At),
        };
}
