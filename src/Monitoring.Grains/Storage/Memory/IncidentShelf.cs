using System.Collections.Immutable;
using Monitoring.Contracts.Incidents;
using Monitoring.Domain.Correlation;

namespace Monitoring.Grains.Storage.Memory;

/// <summary>One tenant's incidents in memory: the latest copy of each, listed newest first.</summary>
internal sealed class IncidentShelf
{
    private readonly Dictionary<string, Incident> _incidents = new(StringComparer.Ordinal);

    public void Upsert(Incident incident) => _incidents[incident.IncidentId] = incident;

    public Incident? Get(string incidentId) => _incidents.GetValueOrDefault(incidentId);

    public ImmutableArray<Incident> Query(
        string? siteId, string? guardId, IncidentStatus? status, DateTimeOffset? beforeOpenedAt, string? beforeId, int limit) =>
        _incidents.Values
            .Where(i => (siteId is null || i.SiteId == siteId) && (guardId is null || i.GuardId == guardId) && (status is null || i.Status == status))
            .Where(i => beforeOpenedAt is not { } at || i.OpenedAt < at || (i.OpenedAt == at && string.CompareOrdinal(i.IncidentId, beforeId) < 0))
            .OrderByDescending(i => i.OpenedAt)
            .ThenByDescending(i => i.IncidentId, StringComparer.Ordinal)
            .Take(limit)
            .ToImmutableArray();
}
