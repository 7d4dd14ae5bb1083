namespace Monitoring.Domain.Rules;

/// <summary>What the validator accepts for each signal: the threshold range and the window.</summary>
public static class SignalLimits
{
    /// <summary>The longest duration, hold, SLA or window a rule may have.</summary>
    public static readonly TimeSpan MaxSpan = TimeSpan.FromHours(24);

    // A null window means the signal is not computed over a window, so the rule's window must be zero.
    private static readonly Dictionary<string, (SignalRange Threshold, (TimeSpan Min, TimeSpan Max)? Window)> Limits = new()
    {
        [RuleSignals.BatteryPct] = (new(1, 100), null),
        [RuleSignals.BatteryMarginMin] = (new(-720, 720), (BatteryPredictor.MinSpan, BatteryHistory.Span)),
        [RuleSignals.SignalDbm] = (new(-150, -30), null),
        [RuleSignals.MemoryPct] = (new(1, 100), null),
        [RuleSignals.SilenceMin] = (new(1, 1440), null),
        [RuleSignals.OutsideM] = (new(0, 10_000), null),
        [RuleSignals.DeviceGapMin] = (new(0.5, 60), null),
        [RuleSignals.BiometricFailures] = (new(1, BiometricFailureCounter.Capacity, WholeNumber: true), (TimeSpan.FromMinutes(1), MaxSpan)),
    };

    public static SignalRange ThresholdOf(string signal) => Limits[signal].Threshold;

    /// <summary>The allowed window of a signal, or null when the signal takes no window.</summary>
    public static (TimeSpan Min, TimeSpan Max)? WindowOf(string signal) => Limits[signal].Window;
}
