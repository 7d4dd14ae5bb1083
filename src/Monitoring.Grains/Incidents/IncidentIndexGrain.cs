using System.Collections.Immutable;
using Monitoring.Contracts.Incidents;
using Monitoring.Domain.Correlation;
using Monitoring.Grains.Storage;

namespace Monitoring.Grains.Incidents;

/// <summary>
/// A tenant's incidents for listing, newest first; written on deactivation. With PostgreSQL the
/// index is the <c>incidents</c> table instead.
/// </summary>
internal sealed class IncidentIndexGrain(
    [PersistentState("incident-index")] IPersistentState<IncidentIndexState> state,
    DurableStores stores) : Grain, IIncidentIndexGrain
{
    private string Tenant => this.GetPrimaryKeyString();

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        stores.History is null ? state.WriteStateAsync(cancellationToken) : Task.CompletedTask;

    public Task UpsertAsync(Incident incident)
    {
        if (stores.History is { } history)
        {
            return history.UpsertIncidentAsync(Tenant, incident);
        }

        state.State.Incidents[incident.IncidentId] = incident;
        return Task.CompletedTask;
    }

    public Task<Incident?> GetAsync(string incidentId) =>
        stores.History is { } history
            ? history.GetIncidentAsync(Tenant, incidentId)
            : Task.FromResult(state.State.Incidents.GetValueOrDefault(incidentId));

    public Task<ImmutableArray<Incident>> QueryAsync(
        string? siteId, string? guardId, IncidentStatus? status, DateTimeOffset? beforeOpenedAt, string? beforeId, int limit)
    {
        if (stores.History is { } history)
        {
            return history.QueryIncidentsAsync(Tenant, siteId, guardId, status, beforeOpenedAt, beforeId, limit);
        }

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
