using Monitoring.Contracts.Guards;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Geo;
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

        var points = history.Scores(int.MaxValue);

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

        Assert.Equal(stored, history.Scores(int.MaxValue));
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
            history.Scores(int.MaxValue).Select(p => (p.At.UtcTicks, p.Score, p.Severity)));
    }

    [Fact]
    public void Empty_NoEvaluationYet_ReadsNoPoints() => Assert.Empty(new ScoreHistory(48).Scores(48));

    [Fact]
    public void Scores_WarmUpEvaluations_AreLeftOutButKeptInTheTrail()
    {
        var history = new ScoreHistory(96);
        history.Add(T0, 1m, Severity.Critical, TrailSample.None with { WarmingUp = true });
        history.Add(T0.AddMinutes(5), 0.45m, Severity.Low);

        Assert.Equal(new ScorePoint(T0.AddMinutes(5), 0.45, Severity.Low), Assert.Single(history.Scores(48)));
        var (points, _) = history.Since(T0);
        Assert.Equal(2, points.Length);
        Assert.True(points[0].WarmingUp);
        Assert.Null(points[0].Score);
        Assert.Null(points[0].Severity);
        Assert.Equal(0.45, points[1].Score);
    }

    [Fact]
    public void Since_SignalsAndFixes_ReadBackWithinAMetre()
    {
        var history = new ScoreHistory(96);
        history.Add(T0, 0.2m, Severity.Low, new TrailSample(false, 3, 123.4, 2, 300, new GeoFix(48.8566, 2.3522, 8)));
        history.Add(T0.AddMinutes(5), 0.2m, Severity.Low, new TrailSample(false, 0, 0, 0, 0, new GeoFix(48.8600, 2.3600, 8)));
        history.Add(T0.AddMinutes(10), 0.2m, Severity.Low, TrailSample.None);

        var (points, fixes) = history.Since(T0.AddMinutes(1));

        Assert.Equal(2, points.Length);
        Assert.Equal(T0.AddMinutes(5), Assert.Single(fixes).At);
        Assert.Equal(48.8600, fixes[0].Lat, 5);
        Assert.Equal(2.3600, fixes[0].Lon, 5);
        var (all, _) = history.Since(T0);
        Assert.Equal((3, 123.0, 2, 255), (all[0].PhoneEvents, all[0].MovementM, all[0].TasksCompleted, all[0].CheckpointsScanned));
    }

    [Fact]
    public void Add_FixFarFromTheFirst_MovesTheOriginAndKeepsBoth()
    {
        var history = new ScoreHistory(96);
        history.Add(T0, 0m, Severity.Low, TrailSample.None with { Fix = new GeoFix(48.85, 2.35, 5) });
        history.Add(T0.AddMinutes(5), 0m, Severity.Low, TrailSample.None with { Fix = new GeoFix(48.95, 2.35, 5) });

        var (_, fixes) = history.Since(T0);

        Assert.Equal([48.85, 48.95], fixes.Select(f => Math.Round(f.Lat, 4)));
    }

    [Fact]
    public void Add_PastGrowthSteps_KeepsEveryEntryInOrder()
    {
        var history = new ScoreHistory(96);
        for (var i = 0; i < 100; i++)
        {
            history.Add(T0.AddMinutes(5 * i), 0.25m, Severity.Low, TrailSample.None with { Phone = i });
        }

        var (points, _) = history.Since(T0);

        Assert.Equal(Enumerable.Range(4, 96), points.Select(p => p.PhoneEvents));
        Assert.Equal(48, history.Scores(48).Length);
    }

    [Fact]
    public void Restore_FromTrailRecords_RoundTrips()
    {
        var history = new ScoreHistory(96);
        history.Add(T0, 0.5m, Severity.Low, new TrailSample(true, 1, 20, 1, 1, new GeoFix(48.8566, 2.3522, 8)));
        history.Add(T0.AddMinutes(5), 0.95m, Severity.Critical, TrailSample.None);

        var restored = ScoreHistory.Restore(history.Records().ToList(), 96);

        Assert.Equal(history.Records(), restored.Records());
    }

    [Fact]
    public void Add_FourHoursOfEvaluations_RoomForThemAndAnHourMoreOnlyPastThem()
    {
        var history = new ScoreHistory(96);
        for (var i = 0; i < 48; i++)
        {
            history.Add(T0.AddMinutes(5 * i), 0.25m, Severity.Low);
        }

        var atFourHours = history.Room;
        history.Add(T0.AddHours(4), 0.25m, Severity.Low);

        Assert.Equal((48, 48 + ScoreHistory.GrowBy), (atFourHours, history.Room));
        Assert.Equal(49, history.Since(T0).Points.Length);
    }

    [Fact]
    public void NewestAt_AfterEvaluations_IsTheLatestTime()
    {
        var history = new ScoreHistory(96);
        Assert.Null(history.NewestAt);

        history.Add(T0, 0.25m, Severity.Low);
        history.Add(T0.AddMinutes(5), 0.25m, Severity.Low);

        Assert.Equal(T0.AddMinutes(5), history.NewestAt);
    }
}
