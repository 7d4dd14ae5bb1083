using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Tests.Support;

namespace Monitoring.Domain.Tests.Inactivity;

/// <summary>Until the 30-minute window lies inside the shift, the guard is warming up: no score is shown and no alert raised.</summary>
public sealed class WarmUpTests
{
    private static readonly DateTimeOffset Now = SiteTimes.ParisLocal(2, 0);
    private static readonly TimeSpan Window = InactivitySettings.Default.Window;

    [Theory]
    [InlineData(0, 0)]
    [InlineData(8, 8)]
    [InlineData(29, 29)]
    public void MinutesIn_ShiftYoungerThanWindow_CountsWholeDutyMinutes(int shiftMinutes, int expected) =>
        Assert.Equal(expected, WarmUp.MinutesIn(Now, Now.AddMinutes(-shiftMinutes), TimeSpan.Zero, Window));

    [Fact]
    public void MinutesIn_PartMinute_RoundsDown() =>
        Assert.Equal(8, WarmUp.MinutesIn(Now, Now.AddMinutes(-8).AddSeconds(-59), TimeSpan.Zero, Window));

    [Theory]
    [InlineData(30)]
    [InlineData(31)]
    [InlineData(600)]
    public void MinutesIn_WindowInsideShift_IsNull(int shiftMinutes) =>
        Assert.Null(WarmUp.MinutesIn(Now, Now.AddMinutes(-shiftMinutes), TimeSpan.Zero, Window));

    [Fact]
    public void MinutesIn_BreakInYoungShift_LeavesBreakMinutesOut() =>
        Assert.Equal(20, WarmUp.MinutesIn(Now, Now.AddMinutes(-40), TimeSpan.FromMinutes(20), Window));

    [Fact]
    public void MinutesIn_ShiftStartAheadOfClock_IsZero() =>
        Assert.Equal(0, WarmUp.MinutesIn(Now, Now.AddMinutes(3), TimeSpan.Zero, Window));

    [Fact]
    public void WindowMinutes_DefaultWindow_IsThirty() => Assert.Equal(30, WarmUp.WindowMinutes(Window));

    [Fact]
    public void Evaluate_EveryMinuteOfWarmUpWithScoreOne_NeverDecidesAnAlert()
    {
        for (var minute = 0; minute < 30; minute++)
        {
            foreach (var open in Enum.GetValues<OpenAlertState>())
            {
                var input = Inputs.At(Now) with { ShiftStartedAt = Now.AddMinutes(-minute).AddSeconds(-30), OpenAlert = open };

                var outcome = GuardEvaluator.Evaluate(input, InactivitySettings.Default);

                Assert.Equal(1.00m, outcome.Score.Score);
                Assert.Equal(GuardEvaluator.WindowFilling, outcome.Suppressed);
                Assert.Equal(AlertDecision.None, outcome.Decision);
                Assert.Equal(0, outcome.ConsecutiveInactiveWindows);
            }
        }
    }

    [Fact]
    public void Evaluate_FirstMinuteAfterWarmUp_RaisesAndAgreesWithMinutesIn()
    {
        var input = Inputs.At(Now) with { ShiftStartedAt = Now.AddMinutes(-30) };

        var outcome = GuardEvaluator.Evaluate(input, InactivitySettings.Default);

        Assert.Null(WarmUp.MinutesIn(Now, input.ShiftStartedAt, TimeSpan.Zero, Window));
        Assert.Null(outcome.Suppressed);
        Assert.Equal(AlertDecision.Raise, outcome.Decision);
    }
}
