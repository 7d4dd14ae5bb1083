using Monitoring.Contracts.Incidents;

namespace Monitoring.Server.Apis;

/// <summary>One page of <c>GET /api/v1/incidents</c>.</summary>
internal sealed record IncidentList(IReadOnlyList<Incident> Items, string? NextCursor);
