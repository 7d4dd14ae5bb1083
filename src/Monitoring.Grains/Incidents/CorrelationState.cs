using Monitoring.Contracts.Incidents;

namespace Monitoring.Grains.Incidents;

/// <summary>A correlation grain's state: each incident's alerts, enough to rebuild the correlator.</summary>
[GenerateSerializer, Alias("correlation-state")]
public sealed class CorrelationState
{
    [Id(0)] public Dictionary<string, List<SiteSignal>> Incidents { get; set; } = new(StringComparer.Ordinal);
}
