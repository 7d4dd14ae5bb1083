using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Tests.Support;

namespace Monitoring.Domain.Tests.Inactivity;

public sealed class GuardEvaluatorTests
{
    private static readonly DateTimeOffset Now = SiteTimes.ParisLocal(2, 0);
    private static readonly InactivitySettings Settings = InactivitySettings.Default;

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 4)]
    public void Evaluate_InactiveArmedNoOpenAlert_RaisesAndCountsWindow(int before, int after)
    {
        var outcome = Evaluate(Inputs.At(Now) with { ConsecutiveInactiveWindows = before });

        Assert.Equal(AlertDecision.Raise, outcome.Decision);
        Assert.Equal(after, outcome.ConsecutiveInactiveWindows);
        Assert.True(outcome.Armed);
        Assert.Null(outcome.Suppressed);
    }

    [Theory]
    [InlineData(OpenAlertState.Unowned)]
    [InlineData(OpenAlertState.Owned)]
    public void Evaluate_InactiveWithOpenAlert_UpdatesIt(OpenAlertState open)
    {
        var outcome = Evaluate(Inputs.At(Now) with { OpenAlert = open, ConsecutiveInactiveWindows = 2 });

        Assert.Equal(AlertDecision.Update, outcome.Decision);
        Assert.Equal(3, outcome.ConsecutiveInactiveWindows);
    }

    [Fact]
    public void Evaluate_ActiveWithUnownedOpenAlert_ClearsItAndResetsCount()
    {
        var outcome = Evaluate(Inputs.At(Now) with
        {
            Window = Windows.AllPresent(Now),
            OpenAlert = OpenAlertState.Unowned,
            ConsecutiveInactiveWindows = 4,
        });

        Assert.Equal(AlertDecision.Clear, outcome.Decision);
        Assert.Equal(0, outcome.ConsecutiveInactiveWindows);
        Assert.False(outcome.Score.IsInactive);
    }

    [Fact]
    public void Evaluate_ActiveWithOwnedOpenAlert_LeavesItToTheOperator()
    {
        var outcome = Evaluate(Inputs.At(Now) with { Window = Windows.AllPresent(Now), OpenAlert = OpenAlertState.Owned });

        Assert.Equal(AlertDecision.None, outcome.Decision);
        Assert.Equal(0, outcome.ConsecutiveInactiveWindows);
    }

    [Fact]
    public void Evaluate_ActiveWithNoOpenAlert_DoesNothing()
    {
        var outcome = Evaluate(Inputs.At(Now) with { Window = Windows.AllPresent(Now) });

        Assert.Equal(AlertDecision.None, outcome.Decision);
        Assert.Equal(0.00m, outcome.Score.Score);
    }

    [Fact]
    public void Evaluate_InactiveButNotArmed_RaisesNothingButCountsWindow()
    {
        var outcome = Evaluate(Inputs.At(Now) with { Armed = false, ConsecutiveInactiveWindows = 1 });

        Assert.Equal(AlertDecision.None, outcome.Decision);
        Assert.False(outcome.Armed);
        Assert.Equal(2, outcome.ConsecutiveInactiveWindows);
    }

    [Fact]
    public void Evaluate_ActiveWhileNotArmed_RearmsSoNextInactivityRaises()
    {
        var active = Evaluate(Inputs.At(Now) with { Window = Windows.AllPresent(Now), Armed = false });
        Assert.True(active.Armed);
        Assert.Equal(AlertDecision.None, active.Decision);

        var later = Now.AddMinutes(5);
        var inactive = Evaluate(Inputs.At(later) with
        {
            Armed = active.Armed,
            ConsecutiveInactiveWindows = active.ConsecutiveInactiveWindows,
        });

        Assert.Equal(AlertDecision.Raise, inactive.Decision);
        Assert.Equal(1, inactive.ConsecutiveInactiveWindows);
    }

    [Fact]
    public void Evaluate_InputThresholdOfSite_DecidesInactivity()
    {
        var window = Windows.Ending(Now, true, false, true, true);

        var strict = Evaluate(Inputs.At(Now) with { Window = window, Threshold = 0.90m });
        var standard = Evaluate(Inputs.At(Now) with { Window = window });

        Assert.Equal(0.84m, strict.Score.Score);
        Assert.Equal(AlertDecision.None, strict.Decision);
        Assert.Equal(AlertDecision.Raise, standard.Decision);
    }

    [Theory]
    [InlineData(0, 59, false, true)]
    [InlineData(1, 0, true, true)]
    [InlineData(4, 59, true, true)]
    [InlineData(5, 0, false, true)]
    [InlineData(5, 59, false, true)]
    [InlineData(6, 0, false, false)]
    [InlineData(19, 59, false, false)]
    [InlineData(20, 0, false, true)]
    public void Evaluate_LocalTimeAtNightEdges_JudgedInSiteZone(int hour, int minute, bool deepNight, bool night)
    {
        var now = SiteTimes.ParisLocal(hour, minute);

        var outcome = Evaluate(Inputs.At(now) with { Window = Windows.Ending(now, false, true, true, true) });

        Assert.Equal(deepNight, outcome.Score.IsDeepNight);
        Assert.Equal(night, outcome.IsNightShift);
        Assert.Equal(deepNight ? 0.96m : 0.80m, outcome.Score.Score);
    }

    [Fact]
    public void Evaluate_SameInstantInOtherZones_JudgedByEachSiteClock()
    {
        var now = SiteTimes.ParisLocal(1, 30);
        var paris = Inputs.At(now) with { Window = Windows.Ending(now, false, true, true, true) };
        var london = paris with { SiteZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London") };
        var newYork = paris with { SiteZone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York") };

        var inParis = Evaluate(paris);
        var inLondon = Evaluate(london);
        var inNewYork = Evaluate(newYork);

        Assert.Equal((true, true, 0.96m), (inParis.Score.IsDeepNight, inParis.IsNightShift, inParis.Score.Score));
        Assert.Equal((false, true, 0.80m), (inLondon.Score.IsDeepNight, inLondon.IsNightShift, inLondon.Score.Score));
        Assert.Equal((false, false, 0.80m), (inNewYork.Score.IsDeepNight, inNewYork.IsNightShift, inNewYork.Score.Score));
    }

    private static EvaluationOutcome Evaluate(EvaluationInput input) => GuardEvaluator.Evaluate(input, Settings);
}
