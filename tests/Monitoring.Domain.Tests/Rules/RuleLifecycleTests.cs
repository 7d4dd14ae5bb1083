using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Rules;
using static Monitoring.Domain.Tests.Rules.RuleClock;

namespace Monitoring.Domain.Tests.Rules;

/// <summary>
/// Every rule of the default table through the same lifecycle, one sample a minute on a fake clock,
/// with a signal value that meets its condition (bad) and one that does not (good).
/// </summary>
public sealed class RuleLifecycleTests
{
    public static TheoryData<string, double, double> AllRules => new()
    {
        { RuleTypes.BatteryCritical, 8, 60 },
        { RuleTypes.BatteryLow, 15, 60 },
        { RuleTypes.BatteryShiftRisk, -30, 45 },
        { RuleTypes.PoorSignal, -105, -85 },
        { RuleTypes.HighMemory, 85, 60 },
        { RuleTypes.DeviceOffline, 12, 0 },
        { RuleTypes.GeofenceExit, 150, 20 },
        { RuleTypes.ConcurrentDevice, 1, 30 },
        { RuleTypes.BiometricFailures, 3, 1 },
    };

    // device_offline clears on the next event (zero hold), so hovering and re-opening do not apply to it.
    public static TheoryData<string, double, double> RulesWithHold
    {
        get
        {
            var rows = new TheoryData<string, double, double>();
            foreach (var row in AllRules.Where(row => (string)row[0] != RuleTypes.DeviceOffline))
            {
                rows.Add((string)row[0], (double)row[1], (double)row[2]);
            }

            return rows;
        }
    }

    [Theory]
    [MemberData(nameof(AllRules))]
    public void Evaluate_ConditionHeldFromStart_RaisesAtTheExactMinute(string type, double bad, double good)
    {
        var rule = Rule(type);
        var run = RuleHarness.For(rule);
        run.Minutes(-5, -1, good);

        run.Minutes(0, 40, bad);

        Assert.Equal(T0 + rule.Duration, run.FirstAt(AlertDecision.Raise));
        Assert.Equal(1, run.Raises);
        Assert.Equal(type, run.Decisions[0].Level!.Type);
        Assert.Equal(rule.Severity, run.Decisions[0].Level!.Severity);
    }

    [Theory]
    [MemberData(nameof(AllRules))]
    public void Evaluate_NoSampleAfterTheFirst_TimerAtDueAtRaises(string type, double bad, double good)
    {
        var rule = Rule(type);
        var run = RuleHarness.For(rule);
        run.Sample(Min(-1), good);

        var first = run.Sample(T0, bad);
        if (rule.Duration == TimeSpan.Zero)
        {
            Assert.Equal(AlertDecision.Raise, first.Decision);
            return;
        }

        var due = first.DueAt!.Value;
        var justBefore = run.Evaluate(due.AddTicks(-1));
        var atDue = run.Evaluate(due);

        Assert.Equal(T0 + rule.Duration, due);
        Assert.Equal(AlertDecision.None, justBefore.Decision);
        Assert.Equal(AlertDecision.Raise, atDue.Decision);
    }

    [Theory]
    [MemberData(nameof(AllRules))]
    public void Evaluate_ConditionFalseAfterRaise_ClearsExactlyAfterHold(string type, double bad, double good)
    {
        var rule = Rule(type);
        var run = RuleHarness.For(rule);
        run.Minutes(0, 30, bad);

        run.Minutes(31, 100, good);

        Assert.Equal(Min(31) + rule.EffectiveHold, run.FirstAt(AlertDecision.Clear));
        Assert.Equal((1, 1), (run.Raises, run.Clears));
    }

    [Theory]
    [MemberData(nameof(RulesWithHold))]
    public void Evaluate_ValueHoveringAroundThresholdAfterRaise_KeepsOneAlert(string type, double bad, double good)
    {
        var run = RuleHarness.For(Rule(type));
        run.Minutes(0, 30, bad);

        for (var m = 31; m < 150; m++)
        {
            run.Sample(Min(m), m % 2 == 0 ? bad : good);
        }

        Assert.Equal((1, 0), (run.Raises, run.Clears));
        Assert.Equal(OpenAlertState.Unowned, run.Open);
    }

    [Theory]
    [MemberData(nameof(RulesWithHold))]
    public void Evaluate_ConditionBackWithinHold_ReopensTheSameAlert(string type, double bad, double good)
    {
        var rule = Rule(type);
        var hold = (int)rule.EffectiveHold.TotalMinutes;
        var run = RuleHarness.For(rule);
        run.Minutes(0, 30, bad);

        run.Minutes(31, 31 + hold - 1, good);
        run.Sample(Min(31 + hold), bad);
        run.Minutes(32 + hold, 200, good);

        Assert.Equal((1, 1), (run.Raises, run.Clears));
        Assert.Equal(Min(32 + hold) + rule.EffectiveHold, run.FirstAt(AlertDecision.Clear));
    }

    [Theory]
    [MemberData(nameof(AllRules))]
    public void Evaluate_AcknowledgedAlertWithConditionGone_WaitsForTheOperator(string type, double bad, double good)
    {
        var rule = Rule(type);
        var run = RuleHarness.For(rule);
        run.Minutes(0, 30, bad);
        run.Acknowledge();

        run.Minutes(31, 200, good);

        Assert.Equal((1, 0), (run.Raises, run.Clears));
        Assert.Equal(OpenAlertState.Owned, run.Open);
        Assert.Null(run.Last!.DueAt);
    }

    [Theory]
    [MemberData(nameof(AllRules))]
    public void Evaluate_LateSampleInsideTheRun_IsIgnored(string type, double bad, double good)
    {
        var rule = Rule(type);
        var run = RuleHarness.For(rule);
        run.Minutes(0, 3, bad);

        run.SampleLevel(Min(1), run.Spec.LevelOf(good), Min(3.5));
        run.Minutes(4, 30, bad);

        Assert.Equal(T0 + rule.Duration, run.FirstAt(AlertDecision.Raise));
    }

    [Theory]
    [MemberData(nameof(RulesWithHold))]
    public void Evaluate_LateBadSampleWhileClearing_DoesNotDelayTheClear(string type, double bad, double good)
    {
        var rule = Rule(type);
        var run = RuleHarness.For(rule);
        run.Minutes(0, 30, bad);
        run.Minutes(31, 33, good);

        run.SampleLevel(Min(32), run.Spec.LevelOf(bad), Min(33.5));
        run.Minutes(34, 100, good);

        Assert.Equal(Min(31) + rule.EffectiveHold, run.FirstAt(AlertDecision.Clear));
    }

    private static RuleDefinition Rule(string type) => RuleTable.Default[type];
}
