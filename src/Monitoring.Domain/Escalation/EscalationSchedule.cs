using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Escalation;

/// <summary>
/// When an alert escalates. Only an active alert escalates: once acknowledged, being verified
/// (someone owns it) or resolved it never does again. Level n is reached at
/// slaDueAt + (n - 1) x SLA period, inclusive, up to the policy's maximum.
/// </summary>
public static class EscalationSchedule
{
    /// <summary>The levels due at <paramref name="now"/> beyond <paramref name="currentLevel"/> and the next due time.</summary>
    public static EscalationDecision Next(
        AlertStatus status, DateTimeOffset slaDueAt, int currentLevel, DateTimeOffset now, EscalationPolicy policy)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(currentLevel);
        ArgumentNullException.ThrowIfNull(policy);
        if (!Escalates(status))
        {
            return new EscalationDecision(currentLevel, [], null);
        }

        var steps = new List<EscalationStep>();
        var level = currentLevel;
        while (NextStep(status, slaDueAt, level, policy) is { } step && step.DueAt <= now)
        {
            steps.Add(step);
            level = step.Level;
        }

        return new EscalationDecision(level, steps, NextStep(status, slaDueAt, level, policy)?.DueAt);
    }

    /// <summary>The step after <paramref name="currentLevel"/> whenever it falls due, or null when there is none.</summary>
    public static EscalationStep? NextStep(AlertStatus status, DateTimeOffset slaDueAt, int currentLevel, EscalationPolicy policy)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(currentLevel);
        ArgumentNullException.ThrowIfNull(policy);
        if (!Escalates(status) || currentLevel >= policy.MaxLevels)
        {
            return null;
        }

        var level = currentLevel + 1;
        return new EscalationStep(level, policy.TierOf(level), policy.LevelDueAt(slaDueAt, level));
    }

    /// <summary>True for the only status that escalates: active, with nobody owning the alert.</summary>
    public static bool Escalates(AlertStatus status) => status == AlertStatus.Active;
}
