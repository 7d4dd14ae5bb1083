using Monitoring.Contracts.Alerts;

namespace Monitoring.Grains.Alerts;

/// <summary>The alert index's state: the latest copy of every alert of the tenant.</summary>
[GenerateSerializer, Alias("alert-index-snapshot")]
public sealed class AlertIndexSnapshot
{
    [Id(0)] public Dictionary<string, Alert> Alerts { get; set; } = new(StringComparer.Ordinal);
}
