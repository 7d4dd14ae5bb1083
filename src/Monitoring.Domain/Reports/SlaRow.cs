namespace Monitoring.Domain.Reports;

/// <summary>
/// Response figures of a group of alerts (<see cref="Key"/>: a severity, site or type; <c>all</c>
/// for the total). Compliance = met / (met + breached); pending and cleared-in-time alerts are not
/// judged. Times run from the raise: to acknowledgement over acknowledged alerts, to resolution over
/// alerts an operator resolved.
/// </summary>
public sealed record SlaRow(
    string Key,
    int Alerts,
    int Met,
    int Breached,
    int Pending,
    int ClearedInTime,
    double? Compliance,
    int Escalated,
    DurationStats TimeToAcknowledge,
    DurationStats TimeToResolve)
{
    public static SlaRow Of(string key, IReadOnlyCollection<ReportAlert> alerts, DateTimeOffset now)
    {
        var verdicts = alerts.Select(a => SlaJudge.Verdict(a, now)).ToList();
        int Count(SlaVerdict v) => verdicts.Count(x => x == v);
        var met = Count(SlaVerdict.Met);
        var breached = Count(SlaVerdict.Breached);
        return new SlaRow(
            key,
            alerts.Count,
            met,
            breached,
            Count(SlaVerdict.Pending),
            Count(SlaVerdict.ClearedInTime),
            Ratio.Of(met, met + breached),
            alerts.Count(a => a.EscalationLevel > 0),
            DurationStats.Of(alerts.Where(a => a.AcknowledgedAt is not null).Select(a => a.AcknowledgedAt!.Value - a.RaisedAt)),
            DurationStats.Of(alerts.Where(a => a.HasVerdict).Select(a => a.ResolvedAt!.Value - a.RaisedAt)));
    }
}
