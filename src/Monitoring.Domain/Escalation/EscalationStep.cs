namespace Monitoring.Domain.Escalation;

/// <summary>One escalation level: the level reached (1-based), the tier to notify and when it falls due.</summary>
public sealed record EscalationStep(int Level, string Tier, DateTimeOffset DueAt);
