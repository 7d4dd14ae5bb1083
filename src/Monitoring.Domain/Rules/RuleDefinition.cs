using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Rules;

/// <summary>
/// One row of the rule table. The condition is "<see cref="Signal"/> <see cref="Comparison"/>
/// <see cref="Threshold"/>, continuously for <see cref="Duration"/>"; the alert clears once the
/// condition has been false for <see cref="EffectiveHold"/>. <see cref="Window"/> is the lookback of
/// the signals that are computed over a window (the battery fit, the biometric count) and zero for the
/// others. An optional escalation raises the severity of the same alert when the signal goes further.
/// </summary>
public sealed record RuleDefinition(
    string Type,
    string Signal,
    Comparison Comparison,
    double Threshold,
    TimeSpan Duration,
    TimeSpan? Hold,
    Severity Severity,
    TimeSpan Sla)
{
    public TimeSpan Window { get; init; }

    public double? EscalatedThreshold { get; init; }

    public Severity? EscalatedSeverity { get; init; }

    public bool Enabled { get; init; } = true;

    /// <summary>How long the condition must stay false before the alert clears; by default the rule's own duration.</summary>
    public TimeSpan EffectiveHold => Hold ?? Duration;
}
