using System.Diagnostics.CodeAnalysis;

namespace Monitoring.Domain.Rules;

/// <summary>
/// The effective rules of one scope: the product defaults, then the tenant's overrides, then the
/// site's. An override replaces the whole row of its type; overrides of unknown types are ignored,
/// so a row stored by an older version cannot break a newer one.
/// </summary>
public sealed class RuleTable
{
    private readonly Dictionary<string, RuleDefinition> _rules;

    private RuleTable(Dictionary<string, RuleDefinition> rules) => _rules = rules;

    public static RuleTable Default { get; } = new(RuleDefaults.All.ToDictionary(r => r.Type, StringComparer.Ordinal));

    /// <summary>Every row, in the order of the product table.</summary>
    public IReadOnlyList<RuleDefinition> Rules => [.. RuleTypes.All.Select(t => _rules[t])];

    public RuleDefinition this[string type] => _rules[type];

    /// <summary>The defaults with the tenant's overrides, then the site's: site wins over tenant, tenant over default.</summary>
    public static RuleTable Resolve(IEnumerable<RuleDefinition>? tenant, IEnumerable<RuleDefinition>? site) =>
        Default.With(tenant ?? []).With(site ?? []);

    public bool TryGet(string? type, [NotNullWhen(true)] out RuleDefinition? rule)
    {
        rule = null;
        return type is not null && _rules.TryGetValue(type, out rule);
    }

    /// <summary>A copy of this table in which each override replaces the row of its type.</summary>
    public RuleTable With(IEnumerable<RuleDefinition> overrides)
    {
        var rules = new Dictionary<string, RuleDefinition>(_rules, StringComparer.Ordinal);
        foreach (var rule in overrides)
        {
            if (rules.ContainsKey(rule.Type))
            {
                rules[rule.Type] = rule;
            }
        }

        return new RuleTable(rules);
    }

    /// <summary>
    /// The errors of <paramref name="candidate"/> as a row of this table: its own field checks, and
    /// the battery levels staying in order (battery_critical's threshold below battery_low's).
    /// </summary>
    public IReadOnlyList<RuleError> Validate(RuleDefinition candidate)
    {
        var errors = RuleValidator.Validate(candidate);
        if (errors.Count > 0)
        {
            return errors;
        }

        var (other, mustBeBelow) = candidate.Type switch
        {
            RuleTypes.BatteryCritical => (this[RuleTypes.BatteryLow], true),
            RuleTypes.BatteryLow => (this[RuleTypes.BatteryCritical], false),
            _ => (null, false),
        };
        if (other is null || (mustBeBelow ? candidate.Threshold < other.Threshold : candidate.Threshold > other.Threshold))
        {
            return errors;
        }

        var relation = mustBeBelow ? "below" : "above";
        return [new RuleError("threshold", $"must be {relation} {other.Type}'s threshold ({other.Threshold})")];
    }
}
