using Monitoring.Notifications.Worker;

namespace Monitoring.Notifications.Tests;

public sealed class RetryScheduleTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(10);

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(7, 320)]
    [InlineData(8, 600)]
    public void DelayAfter_WithoutJitter_DoublesFromBaseUpToCap(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetrySchedule.DelayAfter(attempts, Base, Cap, 0.5));

    [Fact]
    public void DelayAfter_ManyAttempts_StaysAtCap() =>
        Assert.Equal(Cap, RetrySchedule.DelayAfter(10_000, Base, Cap, 0.5));

    [Theory]
    [InlineData(0.0, 4.0)]
    [InlineData(0.25, 4.5)]
    [InlineData(0.999999, 6.0)]
    public void DelayAfter_Jitter_SpreadsTwentyPercentEitherWay(double random, double seconds) =>
        Assert.Equal(seconds, RetrySchedule.DelayAfter(1, Base, Cap, random).TotalSeconds, 3);

    [Fact]
    public void DelayAfter_NoAttemptYet_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RetrySchedule.DelayAfter(0, Base, Cap, 0.5));
}
