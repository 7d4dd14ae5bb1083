using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Tests.Support;

namespace Monitoring.Domain.Tests.Inactivity;

/// <summary>When an evaluation may not raise: a declared break (at most 30 minutes) or a shift younger than one window.</summary>
public sealed class GuardEvaluatorSuppressionTests
{
    private static readonly DateTimeOffset Now = SiteTimes.ParisLocal(2, 0);
    private static readonly InactivitySettings Settings = InactivitySettings.Default;

    [Fact]
    public void Evaluate_DuringDeclaredBreakWithScoreOne_IsSuppressedAndRaisesNothing()
    {
        var outcome = Evaluate(Inputs.At(Now) with { BreakStartedAt = Now.AddMinutes(-10) });

        Assert.Equal(1.00m, outcome.Score.Score);
        Assert.True(outcome.Score.IsInactive);
        Assert.Equal(GuardEvaluator.OnBreak, outcome.Suppressed);
        Assert.Equal("on_break", outcome.Suppressed);
        Assert.Equal(AlertDecision.None, outcome.Decision);
        Assert.True(outcome.Armed);
    }

    [Fact]
    public void Evaluate_BreakJustUnder30Minutes_IsStillSuppressed()
    {
        var outcome = Evaluate(Inputs.At(Now) with { BreakStartedAt = Now.AddMinutes(-30).AddSeconds(1) });

        Assert.Equal(GuardEvaluator.OnBreak, outcome.Suppressed);
        Assert.Equal(AlertDecision.None, outcome.Decision);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(45)]
    [InlineData(120)]
    public void Evaluate_BreakOf30MinutesOrMore_NoLongerSuppressesAndRaises(int breakMinutes)
    {
        var outcome = Evaluate(Inputs.At(Now) with { BreakStartedAt = Now.AddMinutes(-breakMinutes) });

        Assert.Null(outcome.Suppressed);
        Assert.Equal(AlertDecision.Raise, outcome.Decision);
        Assert.Equal(1, outcome.ConsecutiveInactiveWindows);
    }

    [Fact]
    public void Evaluate_BreakDeclaredForTheFuture_DoesNotSuppress()
    {
        var outcome = Evaluate(Inputs.At(Now) with { BreakStartedAt = Now.AddMinutes(5) });

        Assert.Null(outcome.Suppressed);
        Assert.Equal(AlertDecision.Raise, outcome.Decision);
    }

    [Fact]
    public void Evaluate_ShiftYoungerThanWindow_IsSuppressedAsWindowFilling()
    {
        var outcome = Evaluate(Inputs.At(Now) with { ShiftStartedAt = Now.AddMinutes(-29) });

        Assert.Equal(GuardEvaluator.WindowFilling, outcome.Suppressed);
        Assert.Equal("window_filling", outcome.Suppressed);
        Assert.Equal(AlertDecision.None, outcome.Decision);
    }

    [Fact]
    public void Evaluate_ShiftExactlyOneWindowOld_IsNoLongerFilling()
    {
        var outcome = Evaluate(Inputs.At(Now) with { ShiftStartedAt = Now.AddMinutes(-30) });

        Assert.Null(outcome.Suppressed);
        Assert.Equal(AlertDecision.Raise, outcome.Decision);
    }

    [Fact]
    public void Evaluate_FortyMinuteShiftWithTwentyMinuteBreak_IsStillFilling()
    {
        var outcome = Evaluate(Inputs.At(Now) with { ShiftStartedAt = Now.AddMinutes(-40), OffDutyInShift = TimeSpan.FromMinutes(20) });

        Assert.Equal(GuardEvaluator.WindowFilling, outcome.Suppressed);
        Assert.Equal(AlertDecision.None, outcome.Decision);
    }

    [Fact]
    public void Evaluate_ThirtyDutyMinutesBesideABreak_IsNoLongerFilling()
    {
        var outcome = Evaluate(Inputs.At(Now) with { ShiftStartedAt = Now.AddMinutes(-50), OffDutyInShift = TimeSpan.FromMinutes(20) });

        Assert.Null(outcome.Suppressed);
        Assert.Equal(AlertDecision.Raise, outcome.Decision);
    }

    [Fact]
    public void Evaluate_BreakInYoungShift_ReportsBreak()
    {
        var outcome = Evaluate(Inputs.At(Now) with { ShiftStartedAt = Now.AddMinutes(-15), BreakStartedAt = Now.AddMinutes(-5) });

        Assert.Equal(GuardEvaluator.OnBreak, outcome.Suppressed);
    }

    [Fact]
    public void Evaluate_SuppressedWhileNotArmed_KeepsArmedFalse()
    {
        var outcome = Evaluate(Inputs.At(Now) with { Armed = false, BreakStartedAt = Now.AddMinutes(-1) });

        Assert.False(outcome.Armed);
    }

    private static EvaluationOutcome Evaluate(EvaluationInput input) => GuardEvaluator.Evaluate(input, Settings);
}
