using System.Collections.Immutable;
using Monitoring.Contracts.Incidents;
using Monitoring.Domain.Correlation;
using Monitoring.Grains.Storage;

namespace Monitoring.Grains.Incidents;

/// <summary>
/// A tenant's incidents for listing, newest first, kept in the history store (the <c>incidents</c>
/// table with PostgreSQL, memory on the embedded default).
/// </summary>
internal sealed class IncidentIndexGrain(IHistoryStore history) : Grain, IIncidentIndexGrain
{
    private string Tenant => this.GetPrimaryKeyString();

    public Task UpsertAsync(Incident incident) => history.UpsertIncidentAsync(Tenant, incident);

    public Task<Incident?> GetAsync(string incidentId) => history.GetIncidentAsync(Tenant, incidentId);

    public Task<ImmutableArray<Incident>> QueryAsync(
        string? siteId, string? guardId, IncidentStatus? status, DateTimeOffset? beforeOpenedAt, string? beforeId, int limit) =>
        history.QueryIncidentsAsync(Tenant, siteId, guardId, status, beforeOpenedAt, beforeId, limit);
}
