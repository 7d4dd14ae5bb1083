using Monitoring.Domain.Baselines;

namespace Monitoring.Domain.Tests.Baselines;

public sealed class RunningStatsTests
{
    [Fact]
    public void Add_TextbookSeries_GivesMeanAndSampleVariance()
    {
        var stats = AddAll(new RunningStats(), [2, 4, 4, 4, 5, 5, 7, 9]);

        Assert.Equal(8, stats.Count);
        Assert.Equal(5.0, stats.Mean, 12);
        Assert.Equal(32.0 / 7.0, stats.Variance, 12);
        Assert.Equal(Math.Sqrt(32.0 / 7.0), stats.StdDev, 12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Variance_FewerThanTwoValues_IsZero(int values)
    {
        var stats = AddAll(new RunningStats(), Enumerable.Repeat(42.0, values));

        Assert.Equal(0.0, stats.Variance);
        Assert.Equal(0.0, stats.StdDev);
    }

    [Fact]
    public void Add_SameValueRepeated_HasZeroVarianceNotNegative()
    {
        var stats = AddAll(new RunningStats(), Enumerable.Repeat(0.1, 1000));

        Assert.Equal(0.1, stats.Mean, 12);
        Assert.Equal(0.0, stats.Variance, 15);
    }

    [Fact]
    public void Add_LargeOffset_StaysExactWhereNaiveSumOfSquaresFails()
    {
        double[] values = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16];

        var stats = AddAll(new RunningStats(), values);

        Assert.Equal(30.0, stats.Variance, 9);
        Assert.True(Math.Abs(NaiveVariance(values) - 30.0) > 1.0, $"naive gave {NaiveVariance(values)}");
    }

    [Fact]
    public void Add_ManyValuesAtLargeOffset_MatchesTwoPassVariance()
    {
        var rng = new Random(7);
        var values = Enumerable.Range(0, 100_000).Select(_ => 1e12 + rng.NextDouble()).ToArray();
        var mean = values.Average(v => v - 1e12) + 1e12;
        var twoPass = values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);

        var stats = AddAll(new RunningStats(), values);

        Assert.Equal(1.0 / 12.0, twoPass, 2);
        Assert.Equal(twoPass, stats.Variance, 4);
    }

    [Fact]
    public void RunningStats_PlainData_RoundTripsThroughItsThreeNumbers()
    {
        var stats = AddAll(new RunningStats(), [3, 1, 4, 1, 5]);

        var copy = new RunningStats(stats.Count, stats.Mean, stats.M2).Add(9);

        Assert.Equal(stats.Add(9), copy);
    }

    private static RunningStats AddAll(RunningStats stats, IEnumerable<double> values) =>
        values.Aggregate(stats, (s, x) => s.Add(x));

    private static double NaiveVariance(double[] values)
    {
        double sum = 0, sumSquares = 0;
        foreach (var v in values)
        {
            sum += v;
            sumSquares += v * v;
        }

        return (sumSquares - (sum * sum / values.Length)) / (values.Length - 1);
    }
}
