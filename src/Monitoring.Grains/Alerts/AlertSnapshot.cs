using Monitoring.Contracts.Alerts;

namespace Monitoring.Grains.Alerts;

/// <summary>
/// An alert grain's durable state: the alert, the fingerprints of the actions applied to it, and the
/// follow-ups its last changes still owe (written with the change, so none is lost to a failure).
/// </summary>
[GenerateSerializer, Alias("alert-snapshot")]
public sealed class AlertSnapshot
{
    [Id(0)] public Alert? Alert { get; set; }
    [Id(1)] public List<string> Fingerprints { get; set; } = [];
    [Id(2)] public AlertFollowUps Pending { get; set; }
    [Id(3)] public Dictionary<string, DeliveryMark> Deliveries { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The response SLA of the alert's current severity, the escalation period (the SLA due time moves
    /// when severity rises, so it cannot be read back from it); null in snapshots older than it
    /// (<see cref="AlertChanges.SlaPeriodOf"/>).
    /// </summary>
    [Id(4)] public TimeSpan? SlaPeriod { get; set; }
}
