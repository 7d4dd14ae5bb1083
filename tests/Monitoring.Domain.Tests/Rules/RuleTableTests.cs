using Monitoring.Domain.Alerts;
using Monitoring.Domain.Rules;

namespace Monitoring.Domain.Tests.Rules;

public sealed class RuleTableTests
{
    public static TheoryData<string, string, Comparison, double, int, int, Severity, int> ProductTable => new()
    {
        { RuleTypes.BatteryCritical, RuleSignals.BatteryPct, Comparison.Less, 10, 0, 5, Severity.Critical, 5 },
        { RuleTypes.BatteryLow, RuleSignals.BatteryPct, Comparison.Less, 20, 0, 5, Severity.Medium, 15 },
        { RuleTypes.BatteryShiftRisk, RuleSignals.BatteryMarginMin, Comparison.Less, 0, 0, 10, Severity.High, 15 },
        { RuleTypes.PoorSignal, RuleSignals.SignalDbm, Comparison.Less, -100, 15, 15, Severity.Medium, 20 },
        { RuleTypes.HighMemory, RuleSignals.MemoryPct, Comparison.Greater, 80, 20, 20, Severity.Low, 30 },
        { RuleTypes.DeviceOffline, RuleSignals.SilenceMin, Comparison.GreaterOrEqual, 10, 0, 0, Severity.High, 10 },
        { RuleTypes.GeofenceExit, RuleSignals.OutsideM, Comparison.Greater, 100, 5, 5, Severity.Medium, 15 },
        { RuleTypes.ConcurrentDevice, RuleSignals.DeviceGapMin, Comparison.LessOrEqual, 2, 0, 10, Severity.Critical, 2 },
        { RuleTypes.BiometricFailures, RuleSignals.BiometricFailures, Comparison.GreaterOrEqual, 3, 0, 10, Severity.High, 10 },
    };

    [Theory]
    [MemberData(nameof(ProductTable))]
    public void Default_EveryRow_MatchesTheProductTable(
        string type, string signal, Comparison comparison, double threshold, int durationMin, int holdMin, Severity severity, int slaMin)
    {
        var rule = RuleTable.Default[type];

        Assert.Equal((signal, comparison, threshold), (rule.Signal, rule.Comparison, rule.Threshold));
        Assert.Equal(TimeSpan.FromMinutes(durationMin), rule.Duration);
        Assert.Equal(TimeSpan.FromMinutes(holdMin), rule.EffectiveHold);
        Assert.Equal((severity, TimeSpan.FromMinutes(slaMin)), (rule.Severity, rule.Sla));
        Assert.True(rule.Enabled);
    }

    [Fact]
    public void Default_Rules_AllTypesInProductOrderAndValid()
    {
        var rules = RuleTable.Default.Rules;

        Assert.Equal(RuleTypes.All, rules.Select(r => r.Type));
        Assert.All(rules, r => Assert.Empty(RuleTable.Default.Validate(r)));
    }

    [Fact]
    public void Default_WindowedAndEscalatedRows_CarryTheirExtras()
    {
        Assert.Equal(TimeSpan.FromMinutes(60), RuleTable.Default[RuleTypes.BatteryShiftRisk].Window);
        Assert.Equal(TimeSpan.FromMinutes(10), RuleTable.Default[RuleTypes.BiometricFailures].Window);
        var memory = RuleTable.Default[RuleTypes.HighMemory];
        Assert.Equal((90.0, Severity.High), (memory.EscalatedThreshold, memory.EscalatedSeverity));
    }

    [Fact]
    public void Resolve_TenantAndSiteOverrides_SiteWinsOverTenantOverDefault()
    {
        var tenant = new[]
        {
            RuleTable.Default[RuleTypes.PoorSignal] with { Threshold = -105 },
            RuleTable.Default[RuleTypes.HighMemory] with { Threshold = 85 },
        };
        var site = new[] { RuleTable.Default[RuleTypes.PoorSignal] with { Threshold = -110 } };

        var table = RuleTable.Resolve(tenant, site);

        Assert.Equal(-110, table[RuleTypes.PoorSignal].Threshold);
        Assert.Equal(85, table[RuleTypes.HighMemory].Threshold);
        Assert.Equal(RuleTable.Default[RuleTypes.GeofenceExit], table[RuleTypes.GeofenceExit]);
        Assert.Equal(-100, RuleTable.Default[RuleTypes.PoorSignal].Threshold);
    }

    [Fact]
    public void Resolve_NoOverrides_IsTheDefault() =>
        Assert.Equal(RuleTable.Default.Rules, RuleTable.Resolve(null, null).Rules);

    [Fact]
    public void With_OverrideOfUnknownType_IsIgnored()
    {
        var unknown = RuleTable.Default[RuleTypes.PoorSignal] with { Type = "retired_rule" };

        var table = RuleTable.Default.With([unknown]);

        Assert.Equal(RuleTable.Default.Rules, table.Rules);
        Assert.False(table.TryGet("retired_rule", out _));
    }

    [Fact]
    public void Validate_BatteryCriticalAtOrAboveLow_NamesThreshold()
    {
        var error = Assert.Single(RuleTable.Default.Validate(RuleTable.Default[RuleTypes.BatteryCritical] with { Threshold = 20 }));

        Assert.Equal("threshold", error.Field);
        Assert.Contains("battery_low", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BatteryLowBelowCritical_NamesThreshold()
    {
        var error = Assert.Single(RuleTable.Default.Validate(RuleTable.Default[RuleTypes.BatteryLow] with { Threshold = 8 }));

        Assert.Equal("threshold", error.Field);
    }

    [Fact]
    public void Validate_BatteryCriticalAgainstATenantsRaisedLow_Accepted()
    {
        var tenant = RuleTable.Resolve([RuleTable.Default[RuleTypes.BatteryLow] with { Threshold = 30 }], null);

        Assert.Empty(tenant.Validate(RuleTable.Default[RuleTypes.BatteryCritical] with { Threshold = 25 }));
    }

    [Fact]
    public void EffectiveHold_HoldGiven_OverridesTheDuration()
    {
        var rule = RuleTable.Default[RuleTypes.PoorSignal];

        Assert.Equal(rule.Duration, rule.EffectiveHold);
        Assert.Equal(TimeSpan.FromMinutes(3), (rule with { Hold = TimeSpan.FromMinutes(3) }).EffectiveHold);
        Assert.Equal(TimeSpan.FromMinutes(3), ConditionSpec.For(rule with { Hold = TimeSpan.FromMinutes(3) })!.Hold);
    }

    [Fact]
    public void ConditionSpecFor_DisabledRule_IsNull() =>
        Assert.Null(ConditionSpec.For(RuleTable.Default[RuleTypes.GeofenceExit] with { Enabled = false }));
}
