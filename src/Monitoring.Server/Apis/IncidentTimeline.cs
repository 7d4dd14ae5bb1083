using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Guards;
using Monitoring.Contracts.Incidents;
using Monitoring.Contracts.Notifications;
using Monitoring.Contracts.Tickets;

namespace Monitoring.Server.Apis;

/// <summary>
/// <c>GET /api/v1/incidents/{id}/timeline</c>: the incident with everything the workspace shows, in
/// one answer. <c>alerts</c> holds the newest <see cref="IncidentTimelineReader.MaxAlerts"/> of its
/// alerts (<c>alertCount</c> says how many it has).
/// </summary>
internal sealed record IncidentTimeline(
    Incident Incident,
    int AlertCount,
    IReadOnlyList<Alert> Alerts,
    IReadOnlyList<GuardState> Guards,
    IReadOnlyList<Ticket> Tickets,
    IReadOnlyList<Delivery> Deliveries,
    IReadOnlyList<TimelineEntry> Entries);
