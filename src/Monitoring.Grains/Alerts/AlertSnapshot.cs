using Monitoring.Contracts.Alerts;

namespace Monitoring.Grains.Alerts;

/// <summary>An alert grain's durable state: the alert and the fingerprints of the actions applied to it.</summary>
[GenerateSerializer, Alias("alert-snapshot")]
public sealed class AlertSnapshot
{
    [Id(0)] public Alert? Alert { get; set; }
    [Id(1)] public List<string> Fingerprints { get; set; } = [];
}
