using System.Collections.Immutable;
using Monitoring.Domain.Correlation;

namespace Monitoring.Contracts.Incidents;

/// <summary>A tenant's incidents, for listing and lookup. Key: <c>{tenant}</c>.</summary>
public interface IIncidentIndexGrain : IGrainWithStringKey
{
    /// <summary>Records the incident as it stands now.</summary>
    Task UpsertAsync(Incident incident);

    /// <summary>One incident, or null.</summary>
    Task<Incident?> GetAsync(string incidentId);

    /// <summary>Incidents newest first, after the cursor (openedAt, id), filtered.</summary>
    Task<ImmutableArray<Incident>> QueryAsync(string? siteId, string? guardId, IncidentStatus? status, DateTimeOffset? beforeOpenedAt, string? beforeId, int limit);
}
