using Monitoring.Domain.Alerts;
using Monitoring.Domain.Baselines;

namespace Monitoring.Domain.Tests.Baselines;

public sealed class FalsePositiveRateTests
{
    private static readonly DateTimeOffset Day0 = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Rate_NoResolutions_IsZero() => Assert.Equal(0.0, new FalsePositiveRate().Rate(Day0));

    [Fact]
    public void Rate_MixOfVerdicts_IsFalsePositivesOverResolutions()
    {
        var tracker = new FalsePositiveRate();
        Record(tracker, Day0, Resolution.FalsePositive, 2);
        Record(tracker, Day0.AddDays(3), Resolution.Confirmed, 2);
        Record(tracker, Day0.AddDays(5), Resolution.Resolved, 1);

        Assert.Equal(0.4, tracker.Rate(Day0.AddDays(6)), 12);
        Assert.Equal((5, 2), tracker.Totals(Day0.AddDays(6)));
    }

    [Fact]
    public void Record_ClearedBySystem_IsNoVerdict()
    {
        var tracker = new FalsePositiveRate();
        tracker.Record(Day0, Resolution.FalsePositive);

        Assert.False(tracker.Record(Day0, Resolution.Cleared));
        Assert.Equal(1.0, tracker.Rate(Day0));
    }

    [Theory]
    [InlineData(29, 0.5)]
    [InlineData(30, 0.0)]
    public void Rate_VerdictsThirtyDaysOld_LeaveTheWindowAtUtcMidnight(int daysLater, double expected)
    {
        var tracker = new FalsePositiveRate();
        Record(tracker, Day0, Resolution.FalsePositive, 2);
        Record(tracker, Day0.AddDays(20), Resolution.Confirmed, 2);
        var startOfDay = new DateTimeOffset(Day0.Date, TimeSpan.Zero).AddDays(daysLater);

        Assert.Equal(expected, tracker.Rate(startOfDay), 12);
        Assert.Equal(expected, tracker.Rate(startOfDay.AddDays(1).AddTicks(-1)), 12);
    }

    [Fact]
    public void Record_OlderThanTheRing_IsRefused()
    {
        var tracker = new FalsePositiveRate();
        tracker.Record(Day0.AddDays(40), Resolution.Confirmed);

        Assert.False(tracker.Record(Day0.AddDays(10), Resolution.FalsePositive));
        Assert.True(tracker.Record(Day0.AddDays(11), Resolution.FalsePositive));
        Assert.Equal(0.5, tracker.Rate(Day0.AddDays(40)), 12);
    }

    [Fact]
    public void Record_DayReusingARingSlot_ForgetsTheOldDay()
    {
        var tracker = new FalsePositiveRate();
        Record(tracker, Day0, Resolution.FalsePositive, 3);
        tracker.Record(Day0.AddDays(FalsePositiveRate.Days), Resolution.Confirmed);

        Assert.Equal([new ResolutionDay(FalsePositiveRate.DayOf(Day0) + 30, 1, 0)], tracker.Buckets());
    }

    [Fact]
    public void Restore_FromBuckets_GivesTheSameRate()
    {
        var tracker = new FalsePositiveRate();
        Record(tracker, Day0, Resolution.FalsePositive, 1);
        Record(tracker, Day0.AddDays(2), Resolution.Confirmed, 2);
        var stale = new ResolutionDay(FalsePositiveRate.DayOf(Day0) - 31, 9, 9);

        var restored = FalsePositiveRate.Restore([.. tracker.Buckets(), stale]);

        Assert.Equal(tracker.Buckets(), restored.Buckets());
        Assert.Equal(1.0 / 3.0, restored.Rate(Day0.AddDays(2)), 12);
    }

    private static void Record(FalsePositiveRate tracker, DateTimeOffset at, Resolution resolution, int times)
    {
        for (var i = 0; i < times; i++)
        {
            Assert.True(tracker.Record(at.AddMinutes(i), resolution));
        }
    }
}
