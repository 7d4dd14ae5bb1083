using Monitoring.Domain.Reports;

namespace Monitoring.Domain.Tests.Reports;

public sealed class DurationStatsTests
{
    [Fact]
    public void Of_FiveDurations_MeanNearestRankPercentilesAndMax()
    {
        var stats = DurationStats.Of([.. new[] { 600, 60, 180, 240, 120 }.Select(s => TimeSpan.FromSeconds(s))]);

        Assert.Equal(new DurationStats(5, 240.0, 180.0, 600.0, 600.0), stats);
    }

    [Fact]
    public void Of_TenDurations_P90IsTheNinth()
    {
        var stats = DurationStats.Of([.. Enumerable.Range(1, 10).Select(s => TimeSpan.FromSeconds(s * 10))]);

        Assert.Equal(50.0, stats.P50S);
        Assert.Equal(90.0, stats.P90S);
        Assert.Equal(55.0, stats.MeanS);
    }

    [Fact]
    public void Of_MeanWithManyDecimals_RoundedToATenth()
    {
        var stats = DurationStats.Of([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)]);

        Assert.Equal(1.3, stats.MeanS);
    }

    [Fact]
    public void Of_NoDuration_CountZeroAndNullFigures() =>
        Assert.Equal(new DurationStats(0, null, null, null, null), DurationStats.Of([]));

    [Theory]
    [InlineData(1, 3, 0.3333)]
    [InlineData(2, 3, 0.6667)]
    [InlineData(0, 4, 0.0)]
    public void Ratio_PartOfWhole_FourDecimals(int part, int whole, double expected) =>
        Assert.Equal(expected, Ratio.Of(part, whole));

    [Fact]
    public void Ratio_NothingCounted_Null() => Assert.Null(Ratio.Of(0, 0));
}
