using Monitoring.Contracts.Incidents;
using Monitoring.Domain.Correlation;
using Monitoring.Domain.Incidents;

namespace Monitoring.Grains.Incidents;

/// <summary>An incident as the API shows it, from the correlator's fold and the tickets it was filed under.</summary>
internal static class IncidentViews
{
    public static Incident Of(IncidentFold incident, IReadOnlyList<string>? ticketIds, DateTimeOffset updatedAt)
    {
        var work = incident.Case;
        return new Incident
        {
            IncidentId = incident.IncidentId,
            SiteId = incident.SiteId,
            GuardId = incident.GuardId,
            AlertIds = [.. incident.Alerts.OrderBy(a => a.RaisedAt).Select(a => a.AlertId)],
            AlertTypes = [.. incident.Alerts.Select(a => a.Type).Distinct(StringComparer.Ordinal)],
            CorrelationScore = incident.CorrelationScore,
            Severity = incident.Severity,
            Status = incident.Status,
            OpenedAt = incident.FirstAt,
            UpdatedAt = updatedAt,
            Assignee = work.Assignee,
            RootCause = work.RootCause,
            Notes = [.. work.History.Where(e => e.Action == IncidentActionKind.Note).Select(e => new IncidentNote(e.By, e.At, e.Text ?? ""))],
            History = [.. work.History.Select(IncidentHistoryEntry.Of)],
            InvestigatingSince = work.InvestigatingSince,
            ClosedAt = work.ClosedAt,
            ClosedBy = work.ClosedBy,
            Resolution = work.Resolution,
            OpenAlerts = incident.Alerts.Count(a => a.Open),
            TicketIds = ticketIds is null ? [] : [.. ticketIds],
        };
    }
}
