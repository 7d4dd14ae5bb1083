using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Reports;

/// <summary>
/// How many alerts a group raised (<see cref="Key"/>: a type, site or site-local hour <c>00</c>..<c>23</c>;
/// <c>all</c> for the total), by severity, how many in deep night (01:00-05:00 site-local), and the
/// incidents of the group opened in the period (for a type: those holding an alert of the type).
/// </summary>
public sealed record VolumeRow(
    string Key,
    int Alerts,
    int Critical,
    int High,
    int Medium,
    int Low,
    int DeepNightAlerts,
    int Incidents,
    int DeepNightIncidents)
{
    public static VolumeRow Of(string key, IReadOnlyCollection<ReportAlert> alerts, IReadOnlyCollection<ReportIncident> incidents, ReportInput input) => new(
        key,
        alerts.Count,
        alerts.Count(a => a.Severity == Severity.Critical),
        alerts.Count(a => a.Severity == Severity.High),
        alerts.Count(a => a.Severity == Severity.Medium),
        alerts.Count(a => a.Severity == Severity.Low),
        alerts.Count(a => input.IsDeepNight(a.SiteId, a.RaisedAt)),
        incidents.Count,
        incidents.Count(i => input.IsDeepNight(i.SiteId, i.OpenedAt)));
}
