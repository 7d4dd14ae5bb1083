using Monitoring.Contracts.Rules;

namespace Monitoring.Grains.Rules;

/// <summary>What a rule book keeps across activations: the tenant's overrides by type, each site's, and the version.</summary>
[GenerateSerializer, Alias("rule-book-state")]
public sealed class RuleBookState
{
    [Id(0)] public Dictionary<string, RuleOverride> Tenant { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public Dictionary<string, Dictionary<string, RuleOverride>> Sites { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public long Version { get; set; }
}
