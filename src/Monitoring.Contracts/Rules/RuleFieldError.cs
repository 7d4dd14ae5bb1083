namespace Monitoring.Contracts.Rules;

/// <summary>Why a rule override was refused: the wire name of the bad field (e.g. durationS) and what it must be.</summary>
[GenerateSerializer, Immutable, Alias("rule-field-error")]
public sealed record RuleFieldError(
    [property: Id(0)] string Field,
    [property: Id(1)] string Message);
