using Monitoring.Domain.Alerts;
using Monitoring.Domain.Rules;

namespace Monitoring.Domain.Tests.Rules;

public sealed class RuleValidatorTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    public static TheoryData<string, string> BadRules => new()
    {
        { "unknown type", "type" },
        { "signal of another rule", "signal" },
        { "comparison reversed", "comparison" },
        { "battery above 100", "threshold" },
        { "threshold NaN", "threshold" },
        { "biometric threshold not whole", "threshold" },
        { "biometric threshold beyond capacity", "threshold" },
        { "negative duration", "duration" },
        { "duration over a day", "duration" },
        { "negative hold", "hold" },
        { "severity out of range", "severity" },
        { "zero sla", "sla" },
        { "window on a rule without one", "window" },
        { "shift risk window too short", "window" },
        { "shift risk window longer than the history", "window" },
        { "escalated threshold without severity", "escalatedSeverity" },
        { "escalated severity without threshold", "escalatedThreshold" },
        { "escalated threshold below threshold", "escalatedThreshold" },
        { "escalated severity not above severity", "escalatedSeverity" },
    };

    [Theory]
    [MemberData(nameof(BadRules))]
    public void Validate_OneBadField_NamesThatField(string bad, string field)
    {
        var errors = RuleValidator.Validate(Make(bad));

        Assert.Equal(field, Assert.Single(errors).Field);
        Assert.False(string.IsNullOrWhiteSpace(errors[0].Message));
    }

    [Fact]
    public void Validate_SeveralBadFields_NamesEach()
    {
        var rule = Default(RuleTypes.PoorSignal) with { Threshold = 5, Duration = -Minute, Sla = TimeSpan.Zero };

        var fields = RuleValidator.Validate(rule).Select(e => e.Field);

        Assert.Equal(["threshold", "duration", "sla"], fields);
    }

    [Fact]
    public void Validate_AdminTuning_Accepted()
    {
        var rules = new[]
        {
            Default(RuleTypes.PoorSignal) with { Threshold = -110, Duration = 10 * Minute, Hold = 3 * Minute },
            Default(RuleTypes.HighMemory) with { EscalatedThreshold = null, EscalatedSeverity = null },
            Default(RuleTypes.BiometricFailures) with { Threshold = 5, Window = 30 * Minute, Severity = Severity.Critical },
            Default(RuleTypes.BatteryShiftRisk) with { Threshold = 30, Window = 90 * Minute },
            Default(RuleTypes.DeviceOffline) with { Threshold = 20, EscalatedThreshold = 60, EscalatedSeverity = Severity.Critical },
            Default(RuleTypes.GeofenceExit) with { Enabled = false, Hold = TimeSpan.Zero },
        };

        Assert.All(rules, r => Assert.Empty(RuleValidator.Validate(r)));
    }

    private static RuleDefinition Make(string bad) => bad switch
    {
        "unknown type" => Default(RuleTypes.PoorSignal) with { Type = "battery_lowish" },
        "signal of another rule" => Default(RuleTypes.PoorSignal) with { Signal = RuleSignals.MemoryPct },
        "comparison reversed" => Default(RuleTypes.PoorSignal) with { Comparison = Comparison.Greater },
        "battery above 100" => Default(RuleTypes.BatteryLow) with { Threshold = 120 },
        "threshold NaN" => Default(RuleTypes.GeofenceExit) with { Threshold = double.NaN },
        "biometric threshold not whole" => Default(RuleTypes.BiometricFailures) with { Threshold = 2.5 },
        "biometric threshold beyond capacity" => Default(RuleTypes.BiometricFailures) with { Threshold = BiometricFailureCounter.Capacity + 1 },
        "negative duration" => Default(RuleTypes.PoorSignal) with { Duration = -Minute },
        "duration over a day" => Default(RuleTypes.PoorSignal) with { Duration = TimeSpan.FromHours(25) },
        "negative hold" => Default(RuleTypes.PoorSignal) with { Hold = -Minute },
        "severity out of range" => Default(RuleTypes.PoorSignal) with { Severity = (Severity)9 },
        "zero sla" => Default(RuleTypes.PoorSignal) with { Sla = TimeSpan.Zero },
        "window on a rule without one" => Default(RuleTypes.PoorSignal) with { Window = 10 * Minute },
        "shift risk window too short" => Default(RuleTypes.BatteryShiftRisk) with { Window = 5 * Minute },
        "shift risk window longer than the history" => Default(RuleTypes.BatteryShiftRisk) with { Window = TimeSpan.FromHours(3) },
        "escalated threshold without severity" => Default(RuleTypes.PoorSignal) with { EscalatedThreshold = -110 },
        "escalated severity without threshold" => Default(RuleTypes.PoorSignal) with { EscalatedSeverity = Severity.High },
        "escalated threshold below threshold" => Default(RuleTypes.HighMemory) with { EscalatedThreshold = 70 },
        "escalated severity not above severity" => Default(RuleTypes.HighMemory) with { EscalatedSeverity = Severity.Low },
        _ => throw new ArgumentOutOfRangeException(nameof(bad), bad, "no such case"),
    };

    private static RuleDefinition Default(string type) => RuleTable.Default[type];
}
