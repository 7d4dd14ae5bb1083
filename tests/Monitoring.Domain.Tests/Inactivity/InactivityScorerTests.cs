using System.Globalization;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Tests.Support;

namespace Monitoring.Domain.Tests.Inactivity;

public sealed class InactivityScorerTests
{
    private static readonly DateTimeOffset Day = SiteTimes.ParisLocal(14);
    private static readonly InactivitySettings Settings = InactivitySettings.Default;

    [Fact]
    public void Score_MovementTasksCheckpointsAbsentByDay_IsExactly080AndInactive()
    {
        var score = InactivityScorer.Score(Windows.Ending(Day, false, true, true, true), false, 0.80m, Settings);

        Assert.Equal(0.80m, score.Score);
        Assert.True(score.IsInactive);
        Assert.Equal(Severity.High, score.Severity);
    }

    [Fact]
    public void Score_PhoneMovementTasksAbsentByDay_Is075AndNotInactive()
    {
        var score = InactivityScorer.Score(Windows.Ending(Day, true, true, true, false), false, 0.80m, Settings);

        Assert.Equal(0.75m, score.Score);
        Assert.False(score.IsInactive);
        Assert.Equal(Severity.Medium, score.Severity);
    }

    [Fact]
    public void Score_084InDeepNightWithSiteThreshold090_IsNotInactive()
    {
        var window = Windows.Ending(Day, true, false, true, true);

        var strict = InactivityScorer.Score(window, true, 0.90m, Settings);
        var standard = InactivityScorer.Score(window, true, 0.80m, Settings);

        Assert.Equal(0.84m, strict.Score);
        Assert.False(strict.IsInactive);
        Assert.True(standard.IsInactive);
        Assert.Equal(Severity.High, strict.Severity);
    }

    [Fact]
    public void Score_075InDeepNight_Is090AndCritical()
    {
        var score = InactivityScorer.Score(Windows.Ending(Day, true, true, true, false), true, 0.80m, Settings);

        Assert.Equal(0.90m, score.Score);
        Assert.Equal(Severity.Critical, score.Severity);
        Assert.True(score.IsDeepNight);
    }

    [Fact]
    public void Score_EverythingAbsentInDeepNight_IsCappedAt100AndMeetsThresholdOfOne()
    {
        var capped = InactivityScorer.Score(Windows.AllAbsent(Day), true, 1.0m, Settings);
        var below = InactivityScorer.Score(Windows.Ending(Day, false, true, true, true), true, 1.0m, Settings);

        Assert.Equal(1.00m, capped.Score);
        Assert.True(capped.IsInactive);
        Assert.Equal(Severity.Critical, capped.Severity);
        Assert.Equal(0.96m, below.Score);
        Assert.False(below.IsInactive);
    }

    [Fact]
    public void Score_MovementJustUnderTenMetres_IsAbsent()
    {
        var window = Windows.AllPresent(Day) with { MovementM = 9.9 };

        var score = InactivityScorer.Score(window, false, 0.80m, Settings);

        Assert.True(score.MovementAbsent);
        Assert.Equal(0.30m, score.Score);
    }

    [Fact]
    public void Score_MovementOfExactlyTenMetres_IsPresent()
    {
        var window = Windows.AllAbsent(Day) with { MovementM = 10.0 };

        var score = InactivityScorer.Score(window, false, 0.80m, Settings);

        Assert.False(score.MovementAbsent);
        Assert.Equal(0.70m, score.Score);
    }

    [Theory]
    [InlineData("0", Severity.Low)]
    [InlineData("0.59", Severity.Low)]
    [InlineData("0.60", Severity.Medium)]
    [InlineData("0.79", Severity.Medium)]
    [InlineData("0.80", Severity.High)]
    [InlineData("0.89", Severity.High)]
    [InlineData("0.90", Severity.Critical)]
    [InlineData("1.00", Severity.Critical)]
    public void SeverityOf_ScoreOnEitherSideOfEachEdge_IsProductSeverity(string score, Severity expected) =>
        Assert.Equal(expected, InactivityScorer.SeverityOf(decimal.Parse(score, CultureInfo.InvariantCulture)));
}
