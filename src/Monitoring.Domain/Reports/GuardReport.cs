namespace Monitoring.Domain.Reports;

/// <summary>
/// Per guard and site: the guards with alerts in the period, most alerts first (then guard and site
/// by id). Alerts that concern no guard (a site's) are not in it.
/// </summary>
public sealed record GuardReport(ReportPeriod Period, IReadOnlyList<GuardRow> Guards)
{
    public const string Name = "guards";

    public static GuardReport Build(ReportInput input) => new(
        input.Period,
        [.. input.AlertsInScope()
            .Where(a => a.GuardId is not null)
            .GroupBy(a => (Guard: a.GuardId!, Site: a.SiteId))
            .Select(g => GuardRow.Of(g.Key.Guard, g.Key.Site, g.ToList(), input))
            .OrderByDescending(r => r.Alerts)
            .ThenBy(r => r.GuardId, StringComparer.Ordinal)
            .ThenBy(r => r.SiteId, StringComparer.Ordinal)]);
}
