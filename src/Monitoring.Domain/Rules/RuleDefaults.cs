using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Rules;

/// <summary>The product's device-health table, as rule definitions.</summary>
public static class RuleDefaults
{
    private static readonly TimeSpan None = TimeSpan.Zero;

    // Rules without a duration get an explicit hold: with a zero hold a battery bouncing between
    // 19 and 20 %, a jittery fit or a repeated finding would raise and clear on every reading.
    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        new(RuleTypes.BatteryCritical, RuleSignals.BatteryPct, Comparison.Less, 10, None, Minutes(5), Severity.Critical, Minutes(5)),
        new(RuleTypes.BatteryLow, RuleSignals.BatteryPct, Comparison.Less, 20, None, Minutes(5), Severity.Medium, Minutes(15)),
        new(RuleTypes.BatteryShiftRisk, RuleSignals.BatteryMarginMin, Comparison.Less, 0, None, Minutes(10), Severity.High, Minutes(15))
        {
            Window = Minutes(60),
        },
        new(RuleTypes.PoorSignal, RuleSignals.SignalDbm, Comparison.Less, -100, Minutes(15), null, Severity.Medium, Minutes(20)),
        new(RuleTypes.HighMemory, RuleSignals.MemoryPct, Comparison.Greater, 80, Minutes(20), null, Severity.Low, Minutes(30))
        {
            EscalatedThreshold = 90,
            EscalatedSeverity = Severity.High,
        },
        new(RuleTypes.DeviceOffline, RuleSignals.SilenceMin, Comparison.GreaterOrEqual, 10, None, None, Severity.High, Minutes(10)),
        new(RuleTypes.GeofenceExit, RuleSignals.OutsideM, Comparison.Greater, 100, Minutes(5), null, Severity.Medium, Minutes(15)),
        new(RuleTypes.ConcurrentDevice, RuleSignals.DeviceGapMin, Comparison.LessOrEqual, 2, None, Minutes(10), Severity.Critical, Minutes(2)),
        new(RuleTypes.BiometricFailures, RuleSignals.BiometricFailures, Comparison.GreaterOrEqual, 3, None, Minutes(10), Severity.High, Minutes(10))
        {
            Window = Minutes(10),
        },
    ];

    private static TimeSpan Minutes(int minutes) => TimeSpan.FromMinutes(minutes);
}
