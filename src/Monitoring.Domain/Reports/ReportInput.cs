namespace Monitoring.Domain.Reports;

/// <summary>
/// Everything a report is built from: the period, the alerts and incidents in it, and each site's
/// time zone (a site without one is judged in UTC). Alerts and incidents outside the period or the
/// site are left out by the builders, so a caller may hand over a superset.
/// </summary>
public sealed record ReportInput(
    ReportPeriod Period,
    IReadOnlyList<ReportAlert> Alerts,
    IReadOnlyList<ReportIncident> Incidents,
    IReadOnlyDictionary<string, TimeZoneInfo> Zones)
{
    public TimeZoneInfo ZoneOf(string siteId) => Zones.TryGetValue(siteId, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The alerts raised in the period, of the period's site if it names one.</summary>
    public IEnumerable<ReportAlert> AlertsInScope() =>
        Alerts.Where(a => Period.Contains(a.RaisedAt) && (Period.SiteId is null || a.SiteId == Period.SiteId));

    /// <summary>The incidents opened in the period, of the period's site if it names one.</summary>
    public IEnumerable<ReportIncident> IncidentsInScope() =>
        Incidents.Where(i => Period.Contains(i.OpenedAt) && (Period.SiteId is null || i.SiteId == Period.SiteId));

    public bool IsDeepNight(string siteId, DateTimeOffset at) => LocalClock.IsDeepNight(at, ZoneOf(siteId));

    public int LocalHour(string siteId, DateTimeOffset at) => LocalClock.Hour(at, ZoneOf(siteId));
}
