using Monitoring.Contracts.Incidents;

namespace Monitoring.Grains.Incidents;

/// <summary>The incident index's state: the latest copy of every incident of the tenant.</summary>
[GenerateSerializer, Alias("incident-index-state")]
public sealed class IncidentIndexState
{
    [Id(0)] public Dictionary<string, Incident> Incidents { get; set; } = new(StringComparer.Ordinal);
}
