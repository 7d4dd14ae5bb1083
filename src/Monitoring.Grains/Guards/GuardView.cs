using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Guards;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Time;

namespace Monitoring.Grains.Guards;

/// <summary>The guard as the API and the feed show it, scored at the moment of asking.</summary>
internal static class GuardView
{
    public static GuardState Of(
        GuardSnapshot guard, string guardId, DateTimeOffset now, InactivityMonitor inactivity, GuardSite site,
        InactivitySettings settings, Alert? inactivityAlert, BaselineInfo baseline)
    {
        var (window, zone, threshold) = (inactivity.SummarizeDuty(guard, now, settings), site.Zone, site.ThresholdOr(settings));
        var deepNight = SiteClock.IsBetween(now, zone, settings.DeepNightStart, settings.DeepNightEnd);
        var score = InactivityScorer.Score(window, deepNight, threshold, settings);
        var warmUp = InactivityMonitor.WarmUpMinutes(guard, now, settings);
        return new GuardState
        {
            GuardId = guardId,
            SiteId = guard.SiteId,
            OnShift = guard.OnShift,
            ShiftStartedAt = guard.ShiftStartedAt,
            ShiftEndedAt = guard.ShiftEndedAt,
            DeviceIds = [.. guard.DeviceIds],
            LastSeenAt = guard.LastSeenAt,
            OnBreak = guard.OnShift && GuardEvaluator.IsOnBreak(now, guard.BreakStartedAt, settings),
            BreakStartedAt = guard.BreakStartedAt,
            Window = InactivityMonitor.ToView(window),
            InactivityScore = warmUp is null ? (double)score.Score : null,
            Severity = warmUp is null ? score.Severity : null,
            IsInactive = warmUp is null && score.IsInactive,
            WarmingUp = warmUp is { } minutes ? new WarmingUp(minutes, WarmUp.WindowMinutes(settings.Window)) : null,
            IsDeepNight = deepNight,
            IsNightShift = SiteClock.IsBetween(now, zone, settings.NightStart, settings.NightEnd),
            Threshold = (double)threshold,
            ConsecutiveInactiveWindows = guard.ConsecutiveInactiveWindows,
            LastEvaluatedAt = guard.LastEvaluation?.At,
            LastEvaluation = guard.LastEvaluation,
            NextEvaluationAt = guard.NextDueAt,
            ActiveAlerts = inactivityAlert is { } a && AlertWorkflow.IsOpen(a.Status)
                ? [new AlertSummary(a.AlertId, a.Type, a.Severity, a.Status, a.RaisedAt)]
                : [],
            RecentScores = inactivity.RecentScores,
            Baseline = baseline,
        };
    }
}
