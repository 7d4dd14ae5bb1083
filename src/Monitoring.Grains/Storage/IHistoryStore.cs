using System.Collections.Immutable;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Incidents;
using Monitoring.Contracts.Tickets;
using Monitoring.Domain.Correlation;

namespace Monitoring.Grains.Storage;

/// <summary>
/// Where a tenant's index grains keep alerts, incidents and tickets for listing and search: the
/// latest copy of each, upserted on every change. The grains that own them stay the live truth.
/// Lists are newest first, with a cursor of (time, id) compared ordinally.
/// </summary>
public interface IHistoryStore
{
    /// <summary>Records the alert as it stands now.</summary>
    Task UpsertAlertAsync(string tenant, Alert alert);

    /// <summary>Alerts newest first (raised time, then id), filtered, after the query's cursor.</summary>
    Task<AlertPage> QueryAlertsAsync(string tenant, AlertQuery query);

    /// <summary>The facts of the alerts raised in the query's period, newest first (raised time, then id), after its cursor.</summary>
    Task<ImmutableArray<AlertFacts>> QueryAlertFactsAsync(string tenant, AlertPeriodQuery query);

    /// <summary>Records the incident as it stands now.</summary>
    Task UpsertIncidentAsync(string tenant, Incident incident);

    /// <summary>One incident, or null.</summary>
    Task<Incident?> GetIncidentAsync(string tenant, string incidentId);

    /// <summary>Incidents newest first (opened time, then id), filtered, after the cursor.</summary>
    Task<ImmutableArray<Incident>> QueryIncidentsAsync(
        string tenant, string? siteId, string? guardId, IncidentStatus? status, DateTimeOffset? beforeOpenedAt, string? beforeId, int limit);

    /// <summary>Records the ticket as it stands now.</summary>
    Task UpsertTicketAsync(string tenant, Ticket ticket);

    /// <summary>Tickets newest first (created time, then id), filtered, after the cursor.</summary>
    Task<ImmutableArray<Ticket>> QueryTicketsAsync(string tenant, TicketQuery query);
}
