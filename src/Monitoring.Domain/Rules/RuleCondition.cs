using Monitoring.Domain.Inactivity;

namespace Monitoring.Domain.Rules;

/// <summary>
/// The alert lifecycle of one duration rule, as pure functions over <see cref="RuleState"/>.
/// <list type="bullet">
/// <item>Raise once the condition has held on every sample for the spec's duration; a sample that
/// breaks it starts the count again. A reading stands until the next one, so a timer at
/// <see cref="RuleOutcome.DueAt"/> raises on time without a new sample.</item>
/// <item>Clear an unowned alert once the condition has been false for the hold time. A value that
/// comes back within the hold keeps the same alert open (no flapping); an owned alert waits for
/// its operator.</item>
/// <item>Severity only rises on an open alert (Update), so battery_low turning critical stays one alert.</item>
/// <item>Late samples (older than the newest seen) are ignored: the alert is about the present, the
/// state keeps no history to re-judge the past, and device readings follow the same newest-wins rule.</item>
/// </list>
/// </summary>
public static class RuleCondition
{
    /// <summary>Takes one sample: <paramref name="level"/> from <see cref="ConditionSpec.LevelOf"/>, null when the condition does not hold.</summary>
    public static RuleState Observe(RuleState state, DateTimeOffset at, int? level)
    {
        if (state.LastSampleAt is { } last && at < last)
        {
            return state;
        }

        var continues = state.RunSince is not null && state.Holds == level is not null;
        return state with
        {
            LastSampleAt = at,
            RunSince = continues ? state.RunSince : at,
            RunLevel = level,
        };
    }

    /// <summary>
    /// Decides what to do with the rule's alert at <paramref name="now"/>. <paramref name="open"/> is
    /// the alert's status as the grain reads it: an alert this rule raised that is now gone was
    /// closed by an operator, which silences the rule until the condition has been false for the hold.
    /// </summary>
    public static RuleOutcome Evaluate(RuleState state, ConditionSpec spec, DateTimeOffset now, OpenAlertState open)
    {
        var s = state;
        if (open == OpenAlertState.None && s.AlertLevel is { } closed)
        {
            s = s with { AlertLevel = null, SilencedLevel = Math.Max(closed, s.SilencedLevel ?? closed) };
        }

        DateTimeOffset? clearAt = !s.Holds && s.RunSince is { } falseSince ? falseSince + spec.Hold : null;
        if (s.SilencedLevel is not null && now >= clearAt)
        {
            s = s with { SilencedLevel = null };
        }

        return open == OpenAlertState.None ? WithoutAlert(s, spec, now, clearAt) : WithAlert(s, spec, now, open, clearAt);
    }

    private static RuleOutcome WithoutAlert(RuleState s, ConditionSpec spec, DateTimeOffset now, DateTimeOffset? clearAt)
    {
        if (s.RunLevel is not { } level || level <= s.SilencedLevel)
        {
            // A silenced rule wakes when the condition has been false for the hold, even if no sample comes then.
            return new(s, AlertDecision.None, null, s.SilencedLevel is null ? null : clearAt);
        }

        var raiseAt = s.RunSince!.Value + spec.Duration;
        return now < raiseAt
            ? new(s, AlertDecision.None, null, raiseAt)
            : new(s with { AlertLevel = level }, AlertDecision.Raise, spec.Levels[level], null);
    }

    private static RuleOutcome WithAlert(RuleState s, ConditionSpec spec, DateTimeOffset now, OpenAlertState open, DateTimeOffset? clearAt)
    {
        if (s.RunLevel is { } level)
        {
            return level > s.AlertLevel || s.AlertLevel is null
                ? new(s with { AlertLevel = level }, AlertDecision.Update, spec.Levels[level], null)
                : new(s, AlertDecision.None, LevelOf(spec, s.AlertLevel), null);
        }

        var current = LevelOf(spec, s.AlertLevel);
        if (open == OpenAlertState.Owned || clearAt is null)
        {
            return new(s, AlertDecision.None, current, null);
        }

        return now < clearAt
            ? new(s, AlertDecision.None, current, clearAt)
            : new(s with { AlertLevel = null }, AlertDecision.Clear, current, null);
    }

    // A spec edited to fewer levels while an alert was open must not index past its end.
    private static RuleLevel? LevelOf(ConditionSpec spec, int? level) =>
        level is { } l ? spec.Levels[Math.Min(l, spec.Levels.Count - 1)] : null;
}
