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

    /// <summary>
    /// Alerts whose fold was saved but whose incident may not have been told to the alert, the index
    /// and the feed yet (the silo can die in between). A signal of such an alert delivered again
    /// finishes the job. Written with the fold; cleared lazily, with the next write.
    /// </summary>
    [Id(3)] public HashSet<string> Unlinked { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Drops whatever belongs to incidents the correlator no longer keeps.</summary>
    public void KeepOnly(IReadOnlySet<string> kept)
    {
        Incidents = Incidents.Where(kv => kept.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        History = History.Where(kv => kept.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        Tickets = Tickets.Where(kv => kept.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
    }
}
