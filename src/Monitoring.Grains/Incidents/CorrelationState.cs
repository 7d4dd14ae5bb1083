using Monitoring.Contracts.Incidents;

namespace Monitoring.Grains.Incidents;

/// <summary>
/// A correlation grain's state: each incident's alerts (enough to rebuild the correlator), the
/// operators' history of each incident that has one, and the tickets each incident was filed under.
/// </summary>
[GenerateSerializer, Alias("correlation-state")]
public sealed class CorrelationState
{
    [Id(0)] public Dictionary<string, List<SiteSignal>> Incidents { get; set; } = new(StringComparer.Ordinal);

    [Id(1)] public Dictionary<string, List<IncidentHistoryEntry>> History { get; set; } = new(StringComparer.Ordinal);

    [Id(2)] public Dictionary<string, List<string>> Tickets { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Drops whatever belongs to incidents the correlator no longer keeps.</summary>
    public void KeepOnly(IReadOnlySet<string> kept)
    {
        Incidents = Incidents.Where(kv => kept.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        History = History.Where(kv => kept.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        Tickets = Tickets.Where(kv => kept.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
    }
}
