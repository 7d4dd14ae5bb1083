namespace Monitoring.Domain.Rules;

/// <summary>
/// The condition one alert tracks, built from the rule table: a comparison, its levels in rising
/// severity, the duration it must hold and the hold before it clears. Levels make one alert out of
/// battery_low and battery_critical, or out of high_memory's two thresholds, so a worsening value
/// raises the severity of the open alert instead of opening a second one.
/// </summary>
public sealed record ConditionSpec(Comparison Comparison, IReadOnlyList<RuleLevel> Levels, TimeSpan Duration, TimeSpan Hold)
{
    /// <summary>The condition of one rule (and its escalation, if any); null when the rule is disabled.</summary>
    public static ConditionSpec? For(RuleDefinition rule)
    {
        if (!rule.Enabled)
        {
            return null;
        }

        List<RuleLevel> levels = [new(rule.Type, rule.Threshold, rule.Severity, rule.Sla)];
        if (rule is { EscalatedThreshold: { } threshold, EscalatedSeverity: { } severity })
        {
            levels.Add(new(rule.Type, threshold, severity, rule.Sla));
        }

        return new ConditionSpec(rule.Comparison, levels, rule.Duration, rule.EffectiveHold);
    }

    /// <summary>
    /// battery_low and battery_critical as one alert whose severity rises. The duration and hold
    /// are the lower level's (battery_low's, or battery_critical's when battery_low is disabled).
    /// </summary>
    public static ConditionSpec? ForBattery(RuleTable table)
    {
        var low = table[RuleTypes.BatteryLow];
        var critical = table[RuleTypes.BatteryCritical];
        var enabled = new[] { low, critical }.Where(r => r.Enabled).ToArray();
        if (enabled.Length == 0)
        {
            return null;
        }

        var levels = enabled.Select(r => new RuleLevel(r.Type, r.Threshold, r.Severity, r.Sla)).ToArray();
        return new ConditionSpec(enabled[0].Comparison, levels, enabled[0].Duration, enabled[0].EffectiveHold);
    }

    /// <summary>The highest level whose threshold <paramref name="value"/> passes, or null when the condition does not hold.</summary>
    public int? LevelOf(double? value)
    {
        if (value is not { } v)
        {
            return null;
        }

        for (var i = Levels.Count - 1; i >= 0; i--)
        {
            if (Comparison.Holds(v, Levels[i].Threshold))
            {
                return i;
            }
        }

        return null;
    }
}
