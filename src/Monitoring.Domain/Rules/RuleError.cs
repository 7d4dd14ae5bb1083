namespace Monitoring.Domain.Rules;

/// <summary>Why a rule definition was refused: the wire name of the bad field and what it must be.</summary>
public sealed record RuleError(string Field, string Message);
