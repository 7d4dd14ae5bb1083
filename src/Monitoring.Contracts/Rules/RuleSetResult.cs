using System.Collections.Immutable;

namespace Monitoring.Contracts.Rules;

/// <summary>The answer to a rule override: the errors that refused it, or the row now in force.</summary>
[GenerateSerializer, Immutable, Alias("rule-set-result")]
public sealed record RuleSetResult(
    [property: Id(0)] ImmutableArray<RuleFieldError> Errors,
    [property: Id(1)] RuleView? Rule,
    [property: Id(2)] long Version)
{
    /// <summary>True when the override was applied (or already stood).</summary>
    public bool Succeeded => Errors.IsDefaultOrEmpty && Rule is not null;
}
