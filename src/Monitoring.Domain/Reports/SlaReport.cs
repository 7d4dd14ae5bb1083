using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Reports;

/// <summary>
/// Time to acknowledge and to resolve, and compliance with the response SLA: in total, per severity
/// (the SLA follows it; critical first, every severity listed), per site and per alert type (by id).
/// </summary>
public sealed record SlaReport(ReportPeriod Period, SlaRow Total, IReadOnlyList<SlaRow> BySeverity, IReadOnlyList<SlaRow> BySite, IReadOnlyList<SlaRow> ByType)
{
    public const string Name = "sla";

    public static SlaReport Build(ReportInput input)
    {
        var alerts = input.AlertsInScope().ToList();
        var now = input.Period.GeneratedAt;
        var bySeverity = Enum.GetValues<Severity>().Reverse()
            .Select(s => SlaRow.Of(Grouping.SeverityKey(s), [.. alerts.Where(a => a.Severity == s)], now))
            .ToList();
        return new SlaReport(
            input.Period,
            SlaRow.Of(Grouping.Total, alerts, now),
            bySeverity,
            Grouping.By(alerts, a => a.SiteId, (key, group) => SlaRow.Of(key, group, now)),
            Grouping.By(alerts, a => a.Type, (key, group) => SlaRow.Of(key, group, now)));
    }
}
