using System.Collections.Immutable;
using Monitoring.Contracts.Incidents;

namespace Monitoring.Grains.Incidents;

/// <summary>A tenant's incidents for listing, newest first; written on deactivation.</summary>
internal sealed class IncidentIndexGrain([PersistentState("incident-index")] IPersistentState<IncidentIndexState> state)
    : Grain, IIncidentIndexGrain
{
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        state.WriteStateAsync(cancellationToken);

    public Task UpsertAsync(Incident incident)
    {
        state.State.Incidents[incident.IncidentId] = incident;
        return Task.CompletedTask;
    }

    public Task<Incident?> GetAsync(string incidentId) => Task.FromResult(state.State.Incidents.GetValueOrDefault(incidentId));

    public Task<ImmutableArray<Incident>> QueryAsync(
        string? siteId, string? guardId, string? status, DateTimeOffset? beforeOpenedAt, string? beforeId, int limit)
    {
        var items = state.State.Incidents.Values
            .Where(i => (siteId is null || i.SiteId == siteId) && (guardId is null || i.GuardId == guardId) && (status is null || i.Status == status))
            .Where(i => beforeOpenedAt is not { } at || i.OpenedAt < at || (i.OpenedAt == at && string.CompareOrdinal(i.IncidentId, beforeId) < 0))
            .OrderByDescending(i => i.OpenedAt)
            .ThenByDescending(i => i.IncidentId, StringComparer.Ordinal)
            .Take(limit)
            .ToImmutableArray();
        return Task.FromResult(items);
    }
}
