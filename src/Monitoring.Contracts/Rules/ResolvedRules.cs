using System.Collections.Immutable;

namespace Monitoring.Contracts.Rules;

/// <summary>
/// The rule table in force for one site (or the tenant), to be cached by the grains that evaluate
/// rules: it stays valid while the rule book's version is <see cref="Version"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("resolved-rules")]
public sealed record ResolvedRules(
    [property: Id(0)] long Version,
    [property: Id(1)] string? SiteId,
    [property: Id(2)] ImmutableArray<RuleView> Rules);
