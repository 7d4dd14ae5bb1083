using Monitoring.Domain.Notifications;

namespace Monitoring.Domain.Tests.Notifications;

public sealed class GroupScheduleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);
    private static readonly GroupTimings Timings = new(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), TimeSpan.FromHours(4));

    [Fact]
    public void PendingDueAt_NewGroup_AfterGroupWait()
    {
        Assert.Equal(T0.AddSeconds(30), GroupSchedule.PendingDueAt(T0, null, Timings));
    }

    [Fact]
    public void PendingDueAt_NotifiedGroup_LastSentPlusInterval()
    {
        Assert.Equal(T0.AddMinutes(5).AddSeconds(30), GroupSchedule.PendingDueAt(T0.AddMinutes(1), T0.AddSeconds(30), Timings));
    }

    [Fact]
    public void PendingDueAt_NotifiedLongAgo_AtOnce()
    {
        Assert.Equal(T0.AddHours(1), GroupSchedule.PendingDueAt(T0.AddHours(1), T0, Timings));
    }

    [Fact]
    public void RepeatDueAt_LastSentPlusRepeat()
    {
        Assert.Equal(T0.AddHours(4), GroupSchedule.RepeatDueAt(T0, Timings));
    }
}
