using System.Globalization;

namespace Monitoring.Domain.Reports;

/// <summary>
/// Alert volume: in total, per type, per site and per site-local hour of the day (all 24 hours
/// listed), with deep-night counts, and the incidents opened in deep night, oldest first.
/// </summary>
public sealed record AlertVolumeReport(
    ReportPeriod Period,
    VolumeRow Total,
    IReadOnlyList<VolumeRow> ByType,
    IReadOnlyList<VolumeRow> BySite,
    IReadOnlyList<VolumeRow> ByHour,
    IReadOnlyList<DeepNightIncident> DeepNightIncidents)
{
    public const string Name = "alerts";

    public static AlertVolumeReport Build(ReportInput input)
    {
        var alerts = input.AlertsInScope().ToList();
        var incidents = input.IncidentsInScope().ToList();
        var types = alerts.Select(a => a.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var sites = alerts.Select(a => a.SiteId).Concat(incidents.Select(i => i.SiteId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new AlertVolumeReport(
            input.Period,
            VolumeRow.Of(Grouping.Total, alerts, incidents, input),
            [.. types.Select(t => VolumeRow.Of(t, [.. alerts.Where(a => a.Type == t)], [.. incidents.Where(i => i.AlertTypes.Contains(t))], input))],
            [.. sites.Select(s => VolumeRow.Of(s, [.. alerts.Where(a => a.SiteId == s)], [.. incidents.Where(i => i.SiteId == s)], input))],
            [.. Enumerable.Range(0, 24).Select(h => VolumeRow.Of(
                h.ToString("00", CultureInfo.InvariantCulture),
                [.. alerts.Where(a => input.LocalHour(a.SiteId, a.RaisedAt) == h)],
                [.. incidents.Where(i => input.LocalHour(i.SiteId, i.OpenedAt) == h)],
                input))],
            [.. incidents.Where(i => input.IsDeepNight(i.SiteId, i.OpenedAt))
                .OrderBy(i => i.OpenedAt).ThenBy(i => i.IncidentId, StringComparer.Ordinal)
                .Select(i => new DeepNightIncident(
                    i.IncidentId, i.SiteId, i.GuardId, i.Severity, i.OpenedAt,
                    LocalClock.Local(i.OpenedAt, input.ZoneOf(i.SiteId)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                    i.AlertCount, i.AlertTypes, i.Open))]);
    }
}
