using Monitoring.Domain.Time;

namespace Monitoring.Domain.Inactivity;

/// <summary>The per-guard inactivity decision, run every evaluation period while the guard is on shift.</summary>
public static class GuardEvaluator
{
    public const string OnBreak = "on_break";
    public const string WindowFilling = "window_filling";

    public static bool IsOnBreak(DateTimeOffset now, DateTimeOffset? breakStartedAt, InactivitySettings settings) =>
        breakStartedAt is { } start && now >= start && now < start + settings.BreakMax;

    public static EvaluationOutcome Evaluate(EvaluationInput input, InactivitySettings settings)
    {
        var deepNight = SiteClock.IsBetween(input.Now, input.SiteZone, settings.DeepNightStart, settings.DeepNightEnd);
        var night = SiteClock.IsBetween(input.Now, input.SiteZone, settings.NightStart, settings.NightEnd);
        var score = InactivityScorer.Score(input.Window, deepNight, input.Threshold, settings);

        string? suppressed = null;
        if (IsOnBreak(input.Now, input.BreakStartedAt, settings))
        {
            suppressed = OnBreak;
        }
        else if (WarmUp.IsWarmingUp(input.Now, input.ShiftStartedAt, input.OffDutyInShift, settings.Window))
        {
            suppressed = WindowFilling;
        }

        if (suppressed is not null)
        {
            return new EvaluationOutcome(score, night, suppressed, 0, input.Armed, AlertDecision.None);
        }

        if (!score.IsInactive)
        {
            var decision = input.OpenAlert == OpenAlertState.Unowned ? AlertDecision.Clear : AlertDecision.None;
            return new EvaluationOutcome(score, night, null, 0, Armed: true, decision);
        }

        var consecutive = input.ConsecutiveInactiveWindows + 1;
        var raise = input.OpenAlert switch
        {
            OpenAlertState.None when input.Armed => AlertDecision.Raise,
            OpenAlertState.None => AlertDecision.None,
            _ => AlertDecision.Update,
        };
        return new EvaluationOutcome(score, night, null, consecutive, input.Armed, raise);
    }
}
