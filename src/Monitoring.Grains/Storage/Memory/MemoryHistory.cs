using System.Collections.Concurrent;
using System.Collections.Immutable;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Incidents;
using Monitoring.Contracts.Tickets;
using Monitoring.Domain.Correlation;

namespace Monitoring.Grains.Storage.Memory;

/// <summary>
/// The embedded default's history: each tenant's alerts, incidents and tickets in this silo's memory.
/// The embedded host runs one silo whose grain storage is memory too, so a per-silo store keeps
/// exactly what index grain state kept (lost with the process, kept across deactivations) without
/// copying the index on every deactivation. Each tenant's shelf is touched only by that tenant's
/// index grain, one call at a time, so the shelves need no locks.
/// </summary>
internal sealed class MemoryHistory : IHistoryStore
{
    private readonly ConcurrentDictionary<string, AlertShelf> _alerts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IncidentShelf> _incidents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TicketShelf> _tickets = new(StringComparer.Ordinal);

    public Task UpsertAlertAsync(string tenant, Alert alert)
    {
        _alerts.GetOrAdd(tenant, static _ => new()).Upsert(alert);
        return Task.CompletedTask;
    }

    public Task<AlertPage> QueryAlertsAsync(string tenant, AlertQuery query) =>
        Task.FromResult(_alerts.TryGetValue(tenant, out var shelf) ? shelf.Query(query) : new AlertPage([], false));

    public Task<ImmutableArray<AlertFacts>> QueryAlertFactsAsync(string tenant, AlertPeriodQuery query) =>
        Task.FromResult(_alerts.TryGetValue(tenant, out var shelf) ? shelf.QueryFacts(query) : []);

    public Task UpsertIncidentAsync(string tenant, Incident incident)
    {
        _incidents.GetOrAdd(tenant, static _ => new()).Upsert(incident);
        return Task.CompletedTask;
    }

    public Task<Incident?> GetIncidentAsync(string tenant, string incidentId) =>
        Task.FromResult(_incidents.TryGetValue(tenant, out var shelf) ? shelf.Get(incidentId) : null);

    public Task<ImmutableArray<Incident>> QueryIncidentsAsync(
        string tenant, string? siteId, string? guardId, IncidentStatus? status, DateTimeOffset? beforeOpenedAt, string? beforeId, int limit) =>
        Task.FromResult(_incidents.TryGetValue(tenant, out var shelf)
            ? shelf.Query(siteId, guardId, status, beforeOpenedAt, beforeId, limit)
            : []);

    public Task UpsertTicketAsync(string tenant, Ticket ticket)
    {
        _tickets.GetOrAdd(tenant, static _ => new()).Upsert(ticket);
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<Ticket>> QueryTicketsAsync(string tenant, TicketQuery query) =>
        Task.FromResult(_tickets.TryGetValue(tenant, out var shelf) ? shelf.Query(query) : []);
}
