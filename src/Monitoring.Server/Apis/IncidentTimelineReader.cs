using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Guards;
using Monitoring.Contracts.Incidents;
using Monitoring.Contracts.Notifications;
using Monitoring.Contracts.Tickets;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Notifications;

namespace Monitoring.Server.Apis;

/// <summary>
/// Gathers an incident's alerts, guards and tickets (concurrently) and their deliveries (one read of
/// the log for all the alerts) and merges their histories into one timeline.
/// </summary>
internal static class IncidentTimelineReader
{
    public const int MaxAlerts = 50;
    public const int MaxGuards = 20;
    public const int DeliveriesPerAlert = 50;

    public static async Task<IncidentTimeline> ReadAsync(
        Incident incident, string tenant, IGrainFactory grains, INotificationOutbox outbox, CancellationToken cancellationToken)
    {
        var alertIds = incident.AlertIds.TakeLast(MaxAlerts).ToList();
        var alerts = (await Task.WhenAll(alertIds.Select(id => grains.GetGrain<IAlertGrain>(GrainKeys.Compose(tenant, id)).GetAsync())))
            .OfType<Alert>().ToList();

        var guardIds = alerts.Select(a => a.GuardId).OfType<string>().Distinct(StringComparer.Ordinal).Take(MaxGuards);
        var guardsTask = Task.WhenAll(guardIds.Select(id => grains.GetGrain<IGuardGrain>(GrainKeys.Compose(tenant, id)).GetAsync()));

        var ticketIds = incident.TicketIds.Concat(alerts.Select(a => a.TicketId).OfType<string>()).Distinct(StringComparer.Ordinal);
        var ticketsTask = Task.WhenAll(ticketIds.Select(id => grains.GetGrain<ITicketGrain>(GrainKeys.Compose(tenant, id)).GetAsync()));

        var deliveries = (await outbox.QueryByAlertsAsync(tenant, [.. alerts.Select(a => a.AlertId)], DeliveriesPerAlert, cancellationToken))
            .OrderBy(d => d.CreatedAt).ToList();
        var guards = (await guardsTask).OfType<GuardState>().ToList();
        var tickets = (await ticketsTask).OfType<Ticket>().OrderBy(t => t.CreatedAt).ToList();

        return new IncidentTimeline(incident, incident.AlertIds.Length, alerts, guards, tickets, deliveries, Entries(incident, alerts, tickets, deliveries));
    }

    private static List<TimelineEntry> Entries(Incident incident, List<Alert> alerts, List<Ticket> tickets, List<Delivery> deliveries)
    {
        var entries = new List<TimelineEntry> { new(incident.OpenedAt, "incident", incident.IncidentId, "opened", null, null, null) };
        entries.AddRange(alerts.SelectMany(a => a.History.Select(h =>
            new TimelineEntry(h.At, "alert", a.AlertId, h.Action, WireEnums.Name(h.Status), h.By, h.Notes ?? a.Type))));
        entries.AddRange(tickets.SelectMany(t => t.History.Select(h =>
            new TimelineEntry(h.At, "ticket", t.TicketId, h.Action, WireEnums.Name(h.Status), h.By, h.Assignee))));
        entries.AddRange(deliveries.Select(d =>
            new TimelineEntry(d.SentAt ?? d.UpdatedAt, "notification", d.DeliveryId, WireEnums.Name(d.Reason), WireEnums.Name(d.Status), null,
                $"{WireEnums.Name(d.Channel)} to {d.ContactId}")));
        entries.AddRange(incident.History.Select(h =>
            new TimelineEntry(h.At, "incident", incident.IncidentId, WireEnums.Name(h.Action), null, h.By,
                h.Resolution is { } resolution ? WireEnums.Name(resolution) : h.Text)));
        return [.. entries.OrderBy(e => e.At)];
    }
}
