using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Rules;
using static Monitoring.Domain.Tests.Rules.RuleClock;

namespace Monitoring.Domain.Tests.Rules;

/// <summary>battery_shift_risk: the predicted empty time against the guard's shift end.</summary>
public sealed class BatteryShiftRiskTests
{
    private static readonly RuleDefinition Rule = RuleTable.Default[RuleTypes.BatteryShiftRisk];
    private readonly RuleHarness _run = RuleHarness.For(Rule);

    [Fact]
    public void Evaluate_EmptyBeforeShiftEnds_RaisesOnceTheFitHasEnoughReadings()
    {
        var readings = BatteryDrain.Linear(60, 12, 0, 60);
        var shiftEnd = Min(6 * 60);

        for (var m = 0; m <= 60; m++)
        {
            var forecast = BatteryPredictor.Predict(readings.Take(m + 1), Min(m), Rule.Window);
            _run.SampleLevel(Min(m), BatterySignals.ShiftRiskLevelOf(_run.Spec, forecast, shiftEnd), Min(m));
        }

        Assert.Equal(Min(15), _run.FirstAt(AlertDecision.Raise));
        Assert.Equal(1, _run.Raises);
    }

    [Fact]
    public void Evaluate_EmptyAfterShiftEnds_RaisesNothing()
    {
        var forecast = BatteryPredictor.Predict(BatteryDrain.Linear(60, 12, 0, 60), Min(60), Rule.Window);

        _run.SampleLevel(Min(60), BatterySignals.ShiftRiskLevelOf(_run.Spec, forecast, Min(4 * 60)), Min(60));

        Assert.Empty(_run.Decisions);
    }

    [Fact]
    public void ShiftRiskLevelOf_OffShiftOrNoForecast_IsNull()
    {
        var forecast = BatteryPredictor.Predict(BatteryDrain.Linear(60, 12, 0, 60), Min(60), Rule.Window);
        var spec = _run.Spec;

        Assert.Null(BatterySignals.ShiftRiskLevelOf(spec, forecast, shiftEndsAt: null));
        Assert.Null(BatterySignals.ShiftRiskLevelOf(spec, forecast: null, Min(600)));
        Assert.Equal(0, BatterySignals.ShiftRiskLevelOf(spec, forecast, Min(600)));
    }

    [Fact]
    public void Evaluate_PluggedInAfterRaise_ClearsAfterTheHold()
    {
        var drain = BatteryDrain.Linear(60, 12, 0, 60);
        var shiftEnd = Min(6 * 60);
        _run.SampleLevel(Min(60), BatterySignals.ShiftRiskLevelOf(_run.Spec, BatteryPredictor.Predict(drain, Min(60), Rule.Window), shiftEnd), Min(60));

        drain.Add(BatteryDrain.Reading(61, 48, charging: true));
        for (var m = 61; m <= 80; m++)
        {
            var forecast = BatteryPredictor.Predict(drain, Min(m), Rule.Window);
            _run.SampleLevel(Min(m), BatterySignals.ShiftRiskLevelOf(_run.Spec, forecast, shiftEnd), Min(m));
        }

        Assert.Equal(Min(71), _run.FirstAt(AlertDecision.Clear));
    }
}
