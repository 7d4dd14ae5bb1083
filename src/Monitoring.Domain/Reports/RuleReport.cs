namespace Monitoring.Domain.Reports;

/// <summary>Operators' verdicts and the false-positive rate: in total, per rule (alert type) and per site, by id.</summary>
public sealed record RuleReport(ReportPeriod Period, VerdictRow Total, IReadOnlyList<VerdictRow> ByRule, IReadOnlyList<VerdictRow> BySite)
{
    public const string Name = "rules";

    public static RuleReport Build(ReportInput input)
    {
        var alerts = input.AlertsInScope().ToList();
        return new RuleReport(
            input.Period,
            VerdictRow.Of(Grouping.Total, alerts),
            Grouping.By(alerts, a => a.Type, VerdictRow.Of),
            Grouping.By(alerts, a => a.SiteId, VerdictRow.Of));
    }
}
