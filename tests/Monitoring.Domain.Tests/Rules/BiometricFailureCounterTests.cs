using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Rules;
using static Monitoring.Domain.Tests.Rules.RuleClock;

namespace Monitoring.Domain.Tests.Rules;

public sealed class BiometricFailureCounterTests
{
    private static readonly RuleDefinition Rule = RuleTable.Default[RuleTypes.BiometricFailures];
    private readonly BiometricFailureCounter _counter = new();
    private readonly RuleHarness _run = RuleHarness.For(Rule);

    [Fact]
    public void Evaluate_ThirdFailureWithinTenMinutes_RaisesAtThatFailure()
    {
        Failure(Min(0));
        Failure(Min(4));
        Assert.Empty(_run.Decisions);

        Failure(Min(9.9));

        var raise = Assert.Single(_run.Decisions);
        Assert.Equal((AlertDecision.Raise, Min(9.9), RuleTypes.BiometricFailures), (raise.Decision, raise.At, raise.Level!.Type));
    }

    [Fact]
    public void Evaluate_ThreeFailuresSpreadOverTenMinutes_RaisesNothing()
    {
        Failure(Min(0));
        Failure(Min(5));
        Failure(Min(10));
        Failure(Min(20));

        Assert.Empty(_run.Decisions);
    }

    [Fact]
    public void Evaluate_LateFailureCompletesABurst_RaisesWhenItArrives()
    {
        Failure(Min(0));
        Failure(Min(5));

        Failure(Min(3), now: Min(7));

        Assert.Equal(Min(7), _run.FirstAt(AlertDecision.Raise));
    }

    [Fact]
    public void Evaluate_FailuresAgeOut_ClearsAHoldAfterTheCountDrops()
    {
        Failure(Min(0));
        Failure(Min(1));
        Failure(Min(2));
        var dropsAt = _counter.DropsAt(Min(2), Rule.Window)!.Value;

        Evaluate(dropsAt);
        Evaluate(dropsAt + Rule.EffectiveHold);

        Assert.Equal(Min(10), dropsAt);
        Assert.Equal([AlertDecision.Raise, AlertDecision.Clear], _run.Decisions.Select(d => d.Decision));
        Assert.Equal(Min(20), _run.FirstAt(AlertDecision.Clear));
    }

    [Fact]
    public void Evaluate_MoreFailuresWhileOpen_StaysOneAlert()
    {
        for (var m = 0; m < 60; m += 2)
        {
            Failure(Min(m));
        }

        Assert.Equal((1, 0), (_run.Raises, _run.Clears));
    }

    [Fact]
    public void Record_ManyFailures_KeepsOnlyTheNewest()
    {
        for (var m = 0; m < 100; m++)
        {
            _counter.Record(Min(m));
        }

        Assert.False(_counter.Record(Min(-1)));
        Assert.Equal(BiometricFailureCounter.Capacity, _counter.Failures.Count);
        Assert.Equal(Min(100 - BiometricFailureCounter.Capacity), _counter.Failures[0]);
        Assert.Equal(10, _counter.CountAt(Min(99), Rule.Window));
    }

    [Fact]
    public void CountAt_FailureFromAClockAhead_CountsAtOnce()
    {
        _counter.Record(Min(1));

        Assert.Equal(1, _counter.CountAt(T0, Rule.Window));
    }

    [Fact]
    public void Restore_FromFailures_CountsTheSame()
    {
        _counter.Record(Min(1));
        _counter.Record(Min(3));

        var restored = BiometricFailureCounter.Restore(_counter.Failures);

        Assert.Equal(_counter.Failures, restored.Failures);
        Assert.Equal(2, restored.CountAt(Min(5), Rule.Window));
    }

    [Fact]
    public void DropsAt_NoFailureInTheWindow_IsNull() =>
        Assert.Null(_counter.DropsAt(T0, Rule.Window));

    private void Failure(DateTimeOffset at, DateTimeOffset? now = null)
    {
        _counter.Record(at);
        Evaluate(now ?? at);
    }

    private void Evaluate(DateTimeOffset now) =>
        _run.SampleLevel(now, _run.Spec.LevelOf(_counter.CountAt(now, Rule.Window)), now);
}
