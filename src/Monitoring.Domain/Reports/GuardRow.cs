using Monitoring.Domain.Alerts;
using Monitoring.Domain.Notifications;

namespace Monitoring.Domain.Reports;

/// <summary>
/// One guard's alerts at one site: how many, by severity, how many were inactivity alerts and how
/// long those stayed open (raise to resolution, or to the report's time while open, in minutes to
/// 0.1), how they were answered against the SLA, the operators' verdicts, and how many fell in deep night.
/// </summary>
public sealed record GuardRow(
    string GuardId,
    string SiteId,
    int Alerts,
    int Critical,
    int High,
    int Medium,
    int Low,
    int InactivityAlerts,
    double InactiveMinutes,
    int Acknowledged,
    int SlaMet,
    int SlaBreached,
    int Confirmed,
    int FalsePositive,
    int DeepNightAlerts)
{
    public static GuardRow Of(string guardId, string siteId, IReadOnlyCollection<ReportAlert> alerts, ReportInput input)
    {
        var now = input.Period.GeneratedAt;
        var inactivity = alerts.Where(a => a.Type == AlertTypeCatalog.Inactivity).ToList();
        var openMinutes = inactivity.Sum(a => Math.Max(0, ((a.ResolvedAt ?? now) - a.RaisedAt).TotalMinutes));
        var verdicts = alerts.Select(a => SlaJudge.Verdict(a, now)).ToList();
        return new GuardRow(
            guardId,
            siteId,
            alerts.Count,
            alerts.Count(a => a.Severity == Severity.Critical),
            alerts.Count(a => a.Severity == Severity.High),
            alerts.Count(a => a.Severity == Severity.Medium),
            alerts.Count(a => a.Severity == Severity.Low),
            inactivity.Count,
            Math.Round(openMinutes, 1, MidpointRounding.AwayFromZero),
            alerts.Count(a => a.AcknowledgedAt is not null),
            verdicts.Count(v => v == SlaVerdict.Met),
            verdicts.Count(v => v == SlaVerdict.Breached),
            alerts.Count(a => a.HasVerdict && a.Resolution == Resolution.Confirmed),
            alerts.Count(a => a.HasVerdict && a.Resolution == Resolution.FalsePositive),
            alerts.Count(a => input.IsDeepNight(a.SiteId, a.RaisedAt)));
    }
}
