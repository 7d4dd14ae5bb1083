using Monitoring.Domain.Rules;

namespace Monitoring.Grains.Rules;

/// <summary>
/// The rule table in force for one site and the condition of each rule, built once per table (not
/// per evaluation). battery_low's condition is the two-level battery one (low, then critical), so
/// the two make one alert whose severity rises.
/// </summary>
internal sealed class ActiveRules
{
    private readonly Dictionary<string, ConditionSpec?> _specs = new(StringComparer.Ordinal);

    public ActiveRules(RuleTable table, long version)
    {
        Table = table;
        Version = version;
        foreach (var type in RuleTypes.All)
        {
            _specs[type] = type == RuleTypes.BatteryLow ? ConditionSpec.ForBattery(table) : ConditionSpec.For(table[type]);
        }
    }

    private ActiveRules()
    {
        Table = RuleTable.Default;
        IsOff = true;
        foreach (var type in RuleTypes.All)
        {
            _specs[type] = null;
        }
    }

    public static ActiveRules Default { get; } = new(RuleTable.Default, 0);

    /// <summary>No health rules run on this silo (<see cref="NoHealthRules"/>): every rule disabled, and nothing to observe.</summary>
    public static ActiveRules Off { get; } = new();

    /// <summary>True for <see cref="Off"/>: grains keep no rule state and observe no readings.</summary>
    public bool IsOff { get; }

    public RuleTable Table { get; }

    public long Version { get; }

    public RuleDefinition this[string type] => Table[type];

    /// <summary>The rule's condition, or null when the rule is disabled.</summary>
    public ConditionSpec? Spec(string type) => _specs[type];
}
