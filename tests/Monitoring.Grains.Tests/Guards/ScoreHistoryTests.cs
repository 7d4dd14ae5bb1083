using Monitoring.Contracts.Guards;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Guards;

namespace Monitoring.Grains.Tests.Guards;

/// <summary>The compact score ring must read back exactly what a list of the latest scores would.</summary>
public sealed class ScoreHistoryTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 22, 0, 0, 123, TimeSpan.Zero);

    [Fact]
    public void Add_MoreThanCapacity_KeepsTheLatestOldestFirst()
    {
        var history = new ScoreHistory(48);
        for (var i = 0; i < 50; i++)
        {
            history.Add(T0.AddMinutes(5 * i), i % 2 == 0 ? 0.42m : 1m, i % 2 == 0 ? Severity.Medium : Severity.Critical);
        }

        var points = history.ToArray();

        Assert.Equal(48, points.Length);
        Assert.Equal(new ScorePoint(T0.AddMinutes(10), 0.42, Severity.Medium), points[0]);
        Assert.Equal(new ScorePoint(T0.AddMinutes(5 * 49), 1.0, Severity.Critical), points[^1]);
        Assert.True(points.Zip(points.Skip(1)).All(p => p.First.At < p.Second.At));
    }

    [Fact]
    public void Restore_FromStoredPoints_RoundTripsExactly()
    {
        ScorePoint[] stored = [new(T0, 0.504, Severity.High), new(T0.AddMinutes(5), 0, Severity.Low), new(T0.AddMinutes(10), 0.35, Severity.Medium)];

        var history = ScoreHistory.Restore(stored, 48);

        Assert.Equal(stored, history.ToArray());
    }

    [Fact]
    public void Add_MonthsAfterTheOldest_DropsOnlyWhatTheRingCannotReach()
    {
        var history = new ScoreHistory(48);
        history.Add(T0, 0.42m, Severity.Medium);
        history.Add(T0.AddDays(20), 0.84m, Severity.High);

        history.Add(T0.AddDays(40), 1m, Severity.Critical);

        Assert.Equal(
            [(T0.AddDays(20).UtcTicks, 0.84, Severity.High), (T0.AddDays(40).UtcTicks, 1.0, Severity.Critical)],
            history.ToArray().Select(p => (p.At.UtcTicks, p.Score, p.Severity)));
    }

    [Fact]
    public void Empty_NoEvaluationYet_ReadsNoPoints() => Assert.Empty(new ScoreHistory(48).ToArray());
}
