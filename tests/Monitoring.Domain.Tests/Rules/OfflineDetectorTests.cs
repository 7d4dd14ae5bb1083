using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Rules;
using static Monitoring.Domain.Tests.Rules.RuleClock;

namespace Monitoring.Domain.Tests.Rules;

public sealed class OfflineDetectorTests
{
    private static readonly RuleDefinition Rule = RuleTable.Default[RuleTypes.DeviceOffline];
    private static readonly TimeSpan Silence = OfflineDetector.SilenceOf(Rule);
    private readonly RuleHarness _run = RuleHarness.For(Rule);

    [Fact]
    public void Check_NoMessageAtAllSinceShiftStart_OfflineExactlyTenMinutesIn()
    {
        var before = OfflineDetector.Check(null, T0, Min(10).AddTicks(-1), Silence);
        var at = OfflineDetector.Check(null, T0, Min(10), Silence);

        Assert.Equal((false, Min(10)), (before.IsOffline, before.DueAt));
        Assert.Equal((true, 10.0), (at.IsOffline, at.SilenceMin));
    }

    [Fact]
    public void Evaluate_DeviceFallsSilent_TimerAtDueAtRaisesWithoutAnyFurtherMessage()
    {
        var heard = Min(3);
        var status = OfflineDetector.Check(heard, T0, heard, Silence);
        Tick(heard, heard);
        Assert.Empty(_run.Decisions);

        Tick(heard, status.DueAt!.Value);

        var raise = Assert.Single(_run.Decisions);
        Assert.Equal((AlertDecision.Raise, Min(13), RuleTypes.DeviceOffline), (raise.Decision, raise.At, raise.Level!.Type));
    }

    [Fact]
    public void Evaluate_OfflineThenTheNextEvent_ClearsAtOnce()
    {
        Tick(Min(1), Min(11));

        Tick(Min(25), Min(25));

        Assert.Equal([AlertDecision.Raise, AlertDecision.Clear], _run.Decisions.Select(d => d.Decision));
        Assert.Equal(Min(25), _run.FirstAt(AlertDecision.Clear));
    }

    [Fact]
    public void Evaluate_OfflineAcknowledgedThenBack_WaitsForTheOperator()
    {
        Tick(Min(1), Min(11));
        _run.Acknowledge();

        Tick(Min(25), Min(25));

        Assert.Equal(OpenAlertState.Owned, _run.Open);
        Assert.Single(_run.Decisions);
    }

    [Fact]
    public void Check_NotOnShift_NeverOfflineAndNoTimer()
    {
        var status = OfflineDetector.Check(T0, onShiftSince: null, Min(600), Silence);

        Assert.Equal(new OfflineStatus(false, null, null), status);
    }

    [Fact]
    public void Check_LastHeardBeforeTheShift_CountsFromTheShiftStart()
    {
        var status = OfflineDetector.Check(Min(-120), Min(0), Min(5), Silence);

        Assert.Equal((false, Min(10), 5.0), (status.IsOffline, status.DueAt, status.SilenceMin));
    }

    [Fact]
    public void Check_HeardRegularly_NeverOffline()
    {
        for (var m = 0; m <= 120; m += 9)
        {
            Tick(Min(m), Min(m));
            Tick(Min(m), Min(m + 8.99));
        }

        Assert.Empty(_run.Decisions);
    }

    [Fact]
    public void Check_ThresholdChangedByAdmin_MovesTheDueTime()
    {
        var status = OfflineDetector.Check(Min(2), T0, Min(2), OfflineDetector.SilenceOf(Rule with { Threshold = 15 }));

        Assert.Equal(Min(17), status.DueAt);
    }

    private void Tick(DateTimeOffset lastHeard, DateTimeOffset now)
    {
        var status = OfflineDetector.Check(lastHeard, T0, now, Silence);
        _run.SampleLevel(now, _run.Spec.LevelOf(status.SilenceMin), now);
    }
}
