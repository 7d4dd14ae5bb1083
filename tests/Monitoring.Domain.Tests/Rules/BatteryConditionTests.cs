using Monitoring.Domain.Alerts;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Rules;
using static Monitoring.Domain.Tests.Rules.RuleClock;

namespace Monitoring.Domain.Tests.Rules;

/// <summary>battery_low and battery_critical as one alert whose severity rises.</summary>
public sealed class BatteryConditionTests
{
    private readonly RuleHarness _run = new(ConditionSpec.ForBattery(RuleTable.Default)!);

    [Fact]
    public void Evaluate_DrainingThroughBothThresholds_OneAlertWhoseSeverityRises()
    {
        for (var m = 0; m <= 60; m++)
        {
            Battery(m, 25 - (m / 3.0));
        }

        var raise = Assert.Single(_run.Decisions, d => d.Decision == AlertDecision.Raise);
        var update = Assert.Single(_run.Decisions, d => d.Decision == AlertDecision.Update);
        Assert.Equal((Min(16), RuleTypes.BatteryLow, Severity.Medium), (raise.At, raise.Level!.Type, raise.Level.Severity));
        Assert.Equal((Min(46), RuleTypes.BatteryCritical, Severity.Critical), (update.At, update.Level!.Type, update.Level.Severity));
        Assert.Equal(TimeSpan.FromMinutes(5), update.Level.Sla);
        Assert.Equal(2, _run.Decisions.Count);
    }

    [Fact]
    public void Evaluate_FirstReadingAlreadyCritical_RaisesCriticalAtOnce()
    {
        Battery(0, 7);

        var raise = Assert.Single(_run.Decisions);
        Assert.Equal((AlertDecision.Raise, RuleTypes.BatteryCritical, Severity.Critical), (raise.Decision, raise.Level!.Type, raise.Level.Severity));
    }

    [Fact]
    public void Evaluate_CriticalThenBackAboveTen_SeverityDoesNotDrop()
    {
        Battery(0, 15);
        Battery(1, 9);

        Battery(2, 11);
        Battery(3, 9);
        Battery(4, 11);

        Assert.Equal([AlertDecision.Raise, AlertDecision.Update], _run.Decisions.Select(d => d.Decision));
        Assert.Equal(Severity.Critical, _run.Last!.Level!.Severity);
    }

    [Fact]
    public void Evaluate_LowButCharging_RaisesNothing()
    {
        for (var m = 0; m <= 30; m++)
        {
            Battery(m, 5 + (m / 10.0), charging: true);
        }

        Assert.Empty(_run.Decisions);
    }

    [Fact]
    public void Evaluate_PluggedInWithOpenAlert_ClearsAfterTheHold()
    {
        Battery(0, 8);

        for (var m = 1; m <= 10; m++)
        {
            Battery(m, 8 + m, charging: true);
        }

        var clear = Assert.Single(_run.Decisions, d => d.Decision == AlertDecision.Clear);
        Assert.Equal(Min(6), clear.At);
    }

    [Fact]
    public void Evaluate_BouncingAtTwentyPercent_RaisesOnceAndNeverClears()
    {
        for (var m = 0; m <= 60; m++)
        {
            Battery(m, m % 2 == 0 ? 19 : 20);
        }

        Assert.Single(_run.Decisions);
        Assert.Equal(OpenAlertState.Unowned, _run.Open);
    }

    [Fact]
    public void Evaluate_OperatorResolvedLowAlert_NoNewLowAlertButCriticalStillRaises()
    {
        Battery(0, 15);
        _run.OperatorResolves();

        Battery(1, 14);
        Battery(2, 12);
        Assert.Single(_run.Decisions);

        Battery(3, 9);

        Assert.Equal(2, _run.Raises);
        Assert.Equal(RuleTypes.BatteryCritical, _run.Decisions[^1].Level!.Type);
    }

    [Fact]
    public void ForBattery_LowDisabled_CriticalAloneWithItsOwnHold()
    {
        var table = RuleTable.Default.With([RuleTable.Default[RuleTypes.BatteryLow] with { Enabled = false }]);

        var spec = ConditionSpec.ForBattery(table)!;

        Assert.Equal(RuleTypes.BatteryCritical, Assert.Single(spec.Levels).Type);
        Assert.Null(spec.LevelOf(15));
        Assert.Equal(0, spec.LevelOf(9));
    }

    [Fact]
    public void ForBattery_BothDisabled_IsNull()
    {
        var table = RuleTable.Default.With(
        [
            RuleTable.Default[RuleTypes.BatteryLow] with { Enabled = false },
            RuleTable.Default[RuleTypes.BatteryCritical] with { Enabled = false },
        ]);

        Assert.Null(ConditionSpec.ForBattery(table));
    }

    private void Battery(double minute, double percent, bool charging = false)
    {
        var reading = new BatteryReading(Min(minute), percent, charging);
        _run.SampleLevel(reading.At, BatterySignals.LevelOf(_run.Spec, reading), reading.At);
    }
}
