using Monitoring.Domain.Correlation;

namespace Monitoring.Domain.Tickets;

/// <summary>
/// A ticket's category. An alert's ticket is filed under the alert type. An incident's ticket is
/// filed under its main alert type (the most severe alert, the earliest on a tie), not under a
/// generic "incident": the incident and its own serious alerts then share one deduplication key and
/// one ticket instead of two pages about the same story.
/// </summary>
public static class TicketCategories
{
    public const string Fraud = "fraud";

    public static string ForIncident(IncidentFold incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return MainType(incident.Alerts);
    }

    public static string MainType(IReadOnlyList<AlertSignal> alerts)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        if (alerts.Count == 0)
        {
            throw new ArgumentException("An incident has at least one alert.", nameof(alerts));
        }

        return alerts
            .OrderByDescending(a => a.Severity)
            .ThenBy(a => a.RaisedAt)
            .ThenBy(a => a.AlertId, StringComparer.Ordinal)
            .First().Type;
    }
}
