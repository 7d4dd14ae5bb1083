using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Rules;
using static Monitoring.Domain.Tests.Rules.RuleClock;

namespace Monitoring.Domain.Tests.Rules;

/// <summary>The condition tracker's own edges, on poor_signal (15 minutes, hold 15).</summary>
public sealed class RuleConditionTests
{
    private static readonly ConditionSpec Spec = ConditionSpec.For(RuleTable.Default[RuleTypes.PoorSignal])!;
    private readonly RuleHarness _run = new(Spec);

    [Fact]
    public void Evaluate_FreshState_DoesNothingAndNeedsNoTimer()
    {
        var outcome = RuleCondition.Evaluate(default, Spec, T0, OpenAlertState.None);

        Assert.Equal(new RuleOutcome(default, AlertDecision.None, null, null), outcome);
    }

    [Fact]
    public void Evaluate_AlertOpenAndConditionGone_DueAtIsTheClearTime()
    {
        _run.Minutes(0, 15, -105);

        var outcome = _run.Sample(Min(16), -90);

        Assert.Equal((AlertDecision.None, Min(31)), (outcome.Decision, outcome.DueAt));
        Assert.Equal(AlertDecision.Clear, _run.Evaluate(Min(31)).Decision);
    }

    [Fact]
    public void Evaluate_HoveringBeforeEverHoldingFifteenMinutes_RaisesNothing()
    {
        for (var m = 0; m <= 120; m++)
        {
            _run.Sample(Min(m), m % 7 == 6 ? -99 : -101);
        }

        Assert.Empty(_run.Decisions);
    }

    [Fact]
    public void Evaluate_OperatorResolvedWhileStillBad_NoNewAlertUntilGoodForTheHold()
    {
        _run.Minutes(0, 15, -105);
        _run.OperatorResolves();

        _run.Minutes(16, 60, -105);
        Assert.Equal(1, _run.Raises);
        _run.Minutes(61, 70, -90);
        _run.Minutes(71, 90, -105);
        Assert.Equal(1, _run.Raises);

        _run.Minutes(91, 106, -90);
        _run.Minutes(107, 122, -105);

        Assert.Equal(2, _run.Raises);
        Assert.Equal(Min(122), _run.Decisions[^1].At);
    }

    [Fact]
    public void Evaluate_OperatorResolvedThenConditionGone_TimerAtDueAtWakesTheRule()
    {
        _run.Minutes(0, 15, -105);
        _run.OperatorResolves();
        var quiet = _run.Sample(Min(20), -90);

        _run.Evaluate(quiet.DueAt!.Value);
        _run.Minutes(60, 75, -105);

        Assert.Equal(Min(35), quiet.DueAt);
        Assert.Equal(2, _run.Raises);
        Assert.Equal(Min(75), _run.Decisions[^1].At);
    }

    [Fact]
    public void Evaluate_OperatorResolvedAfterConditionWentAway_NextOccurrenceRaisesNormally()
    {
        _run.Minutes(0, 15, -105);
        _run.Acknowledge();
        _run.Minutes(16, 40, -90);
        _run.OperatorResolves();
        _run.Evaluate(Min(40.5));

        _run.Minutes(41, 56, -105);

        Assert.Equal(2, _run.Raises);
        Assert.Equal(Min(56), _run.Decisions[^1].At);
    }

    [Fact]
    public void Evaluate_OpenAlertUnknownToTheState_IsAdoptedAndClearedByTheHold()
    {
        var state = RuleCondition.Observe(default, T0, Spec.LevelOf(-90));

        var outcome = RuleCondition.Evaluate(state, Spec, Min(15), OpenAlertState.Unowned);

        Assert.Equal(AlertDecision.Clear, outcome.Decision);
    }

    [Fact]
    public void Observe_SampleAtTheSameInstantAsTheNewest_IsTaken()
    {
        var state = RuleCondition.Observe(default, T0, 0);

        state = RuleCondition.Observe(state, T0, null);

        Assert.Equal((T0, (int?)null), (state.RunSince!.Value, state.RunLevel));
    }

    [Fact]
    public void RuleState_RebuiltFromItsFields_ContinuesIdentically()
    {
        _run.Minutes(0, 10, -105);
        var s = _run.State;

        var rebuilt = new RuleState(s.LastSampleAt, s.RunSince, s.RunLevel, s.AlertLevel, s.SilencedLevel);
        var next = RuleCondition.Observe(rebuilt, Min(15), 0);

        Assert.Equal(AlertDecision.Raise, RuleCondition.Evaluate(next, Spec, Min(15), OpenAlertState.None).Decision);
    }

    [Fact]
    public void Evaluate_SpecLosesItsEscalationWhileAlertIsHigh_DoesNotFail()
    {
        var memory = RuleTable.Default[RuleTypes.HighMemory];
        var run = RuleHarness.For(memory);
        run.Minutes(0, 20, 95);
        var shrunk = ConditionSpec.For(memory with { EscalatedThreshold = null, EscalatedSeverity = null })!;

        var outcome = RuleCondition.Evaluate(RuleCondition.Observe(run.State, Min(21), null), shrunk, Min(21), OpenAlertState.Unowned);

        Assert.Equal(memory.Severity, outcome.Level!.Severity);
    }

    [Theory]
    [InlineData(79.9, null)]
    [InlineData(80, null)]
    [InlineData(80.1, 0)]
    [InlineData(90.1, 1)]
    public void LevelOf_MemoryValues_HighestLevelPassed(double value, int? level) =>
        Assert.Equal(level, ConditionSpec.For(RuleTable.Default[RuleTypes.HighMemory])!.LevelOf(value));
}
