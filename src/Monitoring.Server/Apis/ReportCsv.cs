using Monitoring.Domain.Reports;

namespace Monitoring.Server.Apis;

/// <summary>
/// Each report as one CSV table. The grouped reports (sla, alerts, rules) have a row per group:
/// <c>dimension</c> says how it is grouped (<c>total</c>, <c>severity</c>, <c>site</c>, <c>type</c>,
/// <c>hour</c>, <c>rule</c>) and <c>key</c> which group; the other columns are the JSON row's figures,
/// durations flattened (<c>ackMeanS</c> for <c>timeToAcknowledge.meanS</c>).
/// </summary>
internal static class ReportCsv
{
    public static string Sla(SlaReport r)
    {
        var table = new CsvTable(
            "dimension", "key", "alerts", "met", "breached", "pending", "clearedInTime", "compliance", "escalated",
            "ackCount", "ackMeanS", "ackP50S", "ackP90S", "ackMaxS", "resolveCount", "resolveMeanS", "resolveP50S", "resolveP90S", "resolveMaxS");
        void Add(string dimension, SlaRow x) => table.Row(
            dimension, x.Key, x.Alerts, x.Met, x.Breached, x.Pending, x.ClearedInTime, x.Compliance, x.Escalated,
            x.TimeToAcknowledge.Count, x.TimeToAcknowledge.MeanS, x.TimeToAcknowledge.P50S, x.TimeToAcknowledge.P90S, x.TimeToAcknowledge.MaxS,
            x.TimeToResolve.Count, x.TimeToResolve.MeanS, x.TimeToResolve.P50S, x.TimeToResolve.P90S, x.TimeToResolve.MaxS);
        Add("total", r.Total);
        r.BySeverity.ToList().ForEach(x => Add("severity", x));
        r.BySite.ToList().ForEach(x => Add("site", x));
        r.ByType.ToList().ForEach(x => Add("type", x));
        return table.ToString();
    }

    public static string Alerts(AlertVolumeReport r)
    {
        var table = new CsvTable("dimension", "key", "alerts", "critical", "high", "medium", "low", "deepNightAlerts", "incidents", "deepNightIncidents");
        void Add(string dimension, VolumeRow x) => table.Row(
            dimension, x.Key, x.Alerts, x.Critical, x.High, x.Medium, x.Low, x.DeepNightAlerts, x.Incidents, x.DeepNightIncidents);
        Add("total", r.Total);
        r.ByType.ToList().ForEach(x => Add("type", x));
        r.BySite.ToList().ForEach(x => Add("site", x));
        r.ByHour.ToList().ForEach(x => Add("hour", x));
        return table.ToString();
    }

    public static string Rules(RuleReport r)
    {
        var table = new CsvTable("dimension", "key", "alerts", "open", "cleared", "confirmed", "falsePositive", "resolved", "verdicts", "falsePositiveRate");
        void Add(string dimension, VerdictRow x) => table.Row(
            dimension, x.Key, x.Alerts, x.Open, x.Cleared, x.Confirmed, x.FalsePositive, x.Resolved, x.Verdicts, x.FalsePositiveRate);
        Add("total", r.Total);
        r.ByRule.ToList().ForEach(x => Add("rule", x));
        r.BySite.ToList().ForEach(x => Add("site", x));
        return table.ToString();
    }

    public static string Guards(GuardReport r)
    {
        var table = new CsvTable(
            "guardId", "siteId", "alerts", "critical", "high", "medium", "low", "inactivityAlerts", "inactiveMinutes",
            "acknowledged", "slaMet", "slaBreached", "confirmed", "falsePositive", "deepNightAlerts");
        foreach (var x in r.Guards)
        {
            table.Row(
                x.GuardId, x.SiteId, x.Alerts, x.Critical, x.High, x.Medium, x.Low, x.InactivityAlerts, x.InactiveMinutes,
                x.Acknowledged, x.SlaMet, x.SlaBreached, x.Confirmed, x.FalsePositive, x.DeepNightAlerts);
        }

        return table.ToString();
    }
}
