using Monitoring.Domain.Activity;

namespace Monitoring.Domain.Tests.Activity;

/// <summary>A guard's ring is sized to its evaluation window, and still covers it when events run ahead of the clock.</summary>
public sealed class ActivityWindowSizeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MinutesFor_ThirtyMinuteWindow_Is38()
    {
        Assert.Equal(38, ActivityWindow.MinutesFor(TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public void SizedRing_EventsFiveMinutesAhead_WholeWindowStillCounted()
    {
        var window = new ActivityWindow(ActivityWindow.MinutesFor(TimeSpan.FromMinutes(30)));
        for (var minute = -30; minute <= 5; minute++)
        {
            Assert.True(window.Record(Now.AddMinutes(minute), ActivityKind.Task, null));
        }

        var summary = window.Summarize(Now.AddMinutes(-30), Now);

        Assert.Equal(31, summary.TasksCompleted);
    }

    [Fact]
    public void SizedRing_EventOlderThanTheRing_IsRefused_AndRestoreKeepsTheSize()
    {
        var size = ActivityWindow.MinutesFor(TimeSpan.FromMinutes(30));
        var window = new ActivityWindow(size);
        window.Record(Now, ActivityKind.Phone, null);

        Assert.False(window.Record(Now.AddMinutes(-size), ActivityKind.Phone, null));
        Assert.True(window.Record(Now.AddMinutes(-size + 1), ActivityKind.Phone, null));
        var restored = ActivityWindow.Restore(window.Buckets(), size);
        Assert.Equal(2, restored.Summarize(Now.AddMinutes(-size), Now).PhoneEvents);
        Assert.False(restored.Record(Now.AddMinutes(-size), ActivityKind.Phone, null));
    }
}
