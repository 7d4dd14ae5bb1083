using Monitoring.Domain.Alerts;
using Monitoring.Domain.Correlation;

namespace Monitoring.Domain.Tickets;

/// <summary>
/// Something that may open or join a ticket: an alert, an incident or a fraud finding, with its
/// category, site, guard, severity and the time it happened (deduplication and the SLA run from it).
/// </summary>
public sealed record TicketTrigger(
    TicketSource Source,
    string SourceId,
    string Category,
    string SiteId,
    string? GuardId,
    Severity Severity,
    DateTimeOffset At)
{
    public static TicketTrigger ForAlert(string alertId, string type, Severity severity, string siteId, string? guardId, DateTimeOffset raisedAt) =>
        new(TicketSource.Alert, alertId, type, siteId, guardId, severity, raisedAt);

    /// <summary>An incident as it stands at <paramref name="at"/> (its severity may have risen since it opened).</summary>
    public static TicketTrigger ForIncident(IncidentFold incident, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return new(TicketSource.Incident, incident.IncidentId, TicketCategories.ForIncident(incident), incident.SiteId,
            incident.GuardId, incident.Severity, at);
    }

    /// <summary>A fraud finding counts as high (so P2) from the threshold on, and below it as medium (no ticket).</summary>
    public static TicketTrigger ForFraud(
        string findingId, string guardId, string siteId, double score, DateTimeOffset at, TicketSettings? settings = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(guardId);
        var severity = score >= (settings ?? TicketSettings.Default).FraudThreshold ? Severity.High : Severity.Medium;
        return new(TicketSource.Fraud, findingId, TicketCategories.Fraud, siteId, guardId, severity, at);
    }
}
