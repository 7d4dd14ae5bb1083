using Monitoring.Domain.Alerts;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Rules;
using static Monitoring.Domain.Tests.Rules.RuleClock;

namespace Monitoring.Domain.Tests.Rules;

/// <summary>high_memory: above 80 % for 20 minutes is low, above 90 % raises the same alert to high.</summary>
public sealed class HighMemoryConditionTests
{
    private readonly RuleHarness _run = RuleHarness.For(RuleTable.Default[RuleTypes.HighMemory]);

    [Fact]
    public void Evaluate_MemoryClimbsPastNinety_RaisesLowThenRisesToHigh()
    {
        _run.Minutes(0, 25, 85);

        _run.Minutes(26, 30, 93);

        Assert.Equal([AlertDecision.Raise, AlertDecision.Update], _run.Decisions.Select(d => d.Decision));
        Assert.Equal((Min(20), Severity.Low), (_run.Decisions[0].At, _run.Decisions[0].Level!.Severity));
        Assert.Equal((Min(26), Severity.High), (_run.Decisions[1].At, _run.Decisions[1].Level!.Severity));
        Assert.All(_run.Decisions, d => Assert.Equal(RuleTypes.HighMemory, d.Level!.Type));
    }

    [Fact]
    public void Evaluate_AboveNinetyFromTheStart_WaitsTheDurationThenRaisesHigh()
    {
        _run.Minutes(0, 19, 95);
        Assert.Empty(_run.Decisions);

        _run.Minutes(20, 20, 95);

        var raise = Assert.Single(_run.Decisions);
        Assert.Equal((AlertDecision.Raise, Severity.High), (raise.Decision, raise.Level!.Severity));
    }

    [Fact]
    public void Evaluate_OneSampleAtEightyInsideTheRun_RestartsTheDuration()
    {
        _run.Minutes(0, 14, 85);
        _run.Sample(Min(15), 80);

        _run.Minutes(16, 60, 85);

        Assert.Equal(Min(36), _run.FirstAt(AlertDecision.Raise));
    }

    [Fact]
    public void Evaluate_AcknowledgedThenWorse_SeverityStillRisesOnTheOwnedAlert()
    {
        _run.Minutes(0, 20, 85);
        _run.Acknowledge();

        _run.Sample(Min(21), 96);

        Assert.Equal(AlertDecision.Update, _run.Last!.Decision);
        Assert.Equal(Severity.High, _run.Last.Level!.Severity);
        Assert.Equal(OpenAlertState.Owned, _run.Open);
    }
}
