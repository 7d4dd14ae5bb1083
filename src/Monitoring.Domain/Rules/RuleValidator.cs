namespace Monitoring.Domain.Rules;

/// <summary>
/// Checks one rule definition on its own. Field names are the camelCase wire names, so the API can
/// answer 400 naming the bad field. The signal and comparison of a type are fixed (code computes
/// them); everything else is the admin's within sane ranges.
/// </summary>
public static class RuleValidator
{
    public static IReadOnlyList<RuleError> Validate(RuleDefinition rule)
    {
        var errors = new List<RuleError>();
        if (!RuleTable.Default.TryGet(rule.Type, out var standard))
        {
            errors.Add(new("type", "must be one of " + string.Join(", ", RuleTypes.All)));
            return errors;
        }

        void Check(bool bad, string field, string message)
        {
            if (bad)
            {
                errors.Add(new(field, message));
            }
        }

        Check(rule.Signal != standard.Signal, "signal", $"must be {standard.Signal} for {rule.Type}");
        Check(rule.Comparison != standard.Comparison, "comparison", $"must be {Wire(standard.Comparison)} for {rule.Type}");
        var range = SignalLimits.ThresholdOf(standard.Signal);
        Check(!range.Contains(rule.Threshold), "threshold", "must be " + range.Describe());
        Check(!IsSpan(rule.Duration, allowZero: true), "duration", "must be between 0 and 24 hours");
        Check(rule.Hold is { } hold && !IsSpan(hold, allowZero: true), "hold", "must be between 0 and 24 hours, or absent for the duration");
        Check(!Enum.IsDefined(rule.Severity), "severity", "must be low, medium, high or critical");
        Check(!IsSpan(rule.Sla, allowZero: false), "sla", "must be more than 0 and at most 24 hours");
        CheckWindow(rule, standard.Signal, Check);
        CheckEscalation(rule, range, Check);
        return errors;
    }

    private static void CheckWindow(RuleDefinition rule, string signal, Action<bool, string, string> check)
    {
        if (SignalLimits.WindowOf(signal) is not var (min, max))
        {
            check(rule.Window != TimeSpan.Zero, "window", $"must be 0 for {rule.Type}");
            return;
        }

        check(rule.Window < min || rule.Window > max, "window", $"must be between {min} and {max}");
    }

    private static void CheckEscalation(RuleDefinition rule, SignalRange range, Action<bool, string, string> check)
    {
        switch (rule.EscalatedThreshold, rule.EscalatedSeverity)
        {
            case (null, null):
                return;
            case (null, _):
                check(true, "escalatedThreshold", "is required with escalatedSeverity");
                return;
            case (_, null):
                check(true, "escalatedSeverity", "is required with escalatedThreshold");
                return;
            case ({ } threshold, { } severity):
                check(
                    !range.Contains(threshold) || !rule.Comparison.IsStricter(threshold, rule.Threshold),
                    "escalatedThreshold",
                    $"must be {range.Describe()} beyond threshold ({rule.Threshold})");
                check(
                    !Enum.IsDefined(severity) || severity <= rule.Severity,
                    "escalatedSeverity",
                    "must be a severity above the rule's severity");
                return;
        }
    }

    private static bool IsSpan(TimeSpan span, bool allowZero) =>
        (allowZero ? span >= TimeSpan.Zero : span > TimeSpan.Zero) && span <= SignalLimits.MaxSpan;

    private static string Wire(Comparison comparison) => comparison switch
    {
        Comparison.Less => "less",
        Comparison.LessOrEqual => "less_or_equal",
        Comparison.Greater => "greater",
        _ => "greater_or_equal",
    };
}
