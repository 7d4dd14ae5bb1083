namespace Monitoring.Domain.Escalation;

/// <summary>
/// What an escalation check asks of the alert's grain: the level the alert is at now, the steps
/// reached since its stored level (oldest first; usually none or one, several after a skipped timer),
/// and when to check again (null: never, so drop the timer).
/// </summary>
public sealed record EscalationDecision(int Level, IReadOnlyList<EscalationStep> Steps, DateTimeOffset? NextDueAt)
{
    /// <summary>True when the level rose: save, notify each step's tier, publish <c>alert_updated</c>.</summary>
    public bool Escalated => Steps.Count > 0;
}
