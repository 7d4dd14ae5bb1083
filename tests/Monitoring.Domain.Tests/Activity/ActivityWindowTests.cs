using Monitoring.Domain.Activity;
using Monitoring.Domain.Geo;
using Monitoring.Domain.Tests.Support;

namespace Monitoring.Domain.Tests.Activity;

public sealed class ActivityWindowTests
{
    private static readonly DateTimeOffset At0120 = SiteTimes.ParisLocal(1, 20);
    private static readonly DateTimeOffset At0130 = SiteTimes.ParisLocal(1, 30);
    private static readonly DateTimeOffset At0140 = SiteTimes.ParisLocal(1, 40);
    private static readonly DateTimeOffset At0200 = SiteTimes.ParisLocal(2, 0);

    [Fact]
    public void Record_LateEventAfterNewerOne_IsFiledInItsOwnMinute()
    {
        var window = new ActivityWindow();

        Assert.True(window.Record(At0140, ActivityKind.Phone, null));
        Assert.True(window.Record(At0120, ActivityKind.Task, null));

        var early = window.Summarize(At0120.AddMinutes(-10), At0120.AddMinutes(10));
        Assert.Equal(1, early.TasksCompleted);
        Assert.Equal(0, early.PhoneEvents);

        var late = window.Summarize(At0130, At0200);
        Assert.Equal(0, late.TasksCompleted);
        Assert.Equal(1, late.PhoneEvents);
    }

    [Fact]
    public void Summarize_EventAtExactlyWindowStart_Counts()
    {
        var window = new ActivityWindow();
        window.Record(At0130, ActivityKind.Checkpoint, null);

        Assert.Equal(1, window.Summarize(At0130, At0200).CheckpointsScanned);
    }

    [Fact]
    public void Summarize_EventInTheMinuteBeforeWindowStart_DoesNotCount()
    {
        var window = new ActivityWindow();
        window.Record(At0130.AddMinutes(-1), ActivityKind.Checkpoint, null);
        window.Record(At0130.AddSeconds(-1), ActivityKind.Checkpoint, null);

        Assert.Equal(0, window.Summarize(At0130, At0200).CheckpointsScanned);
    }

    [Fact]
    public void Summarize_EventsAnywhereInLastMinuteOfWindow_Count()
    {
        var window = new ActivityWindow();
        window.Record(At0200.AddMinutes(-1), ActivityKind.Phone, null);
        window.Record(At0200.AddSeconds(-1), ActivityKind.Phone, null);
        window.Record(At0200, ActivityKind.Phone, null);

        Assert.Equal(3, window.Summarize(At0130, At0200).PhoneEvents);
    }

    [Fact]
    public void Summarize_WindowNotOnMinuteBoundary_SumsOnlyMinutesStartingInside()
    {
        var window = new ActivityWindow();
        for (var m = 0; m < 60; m++)
        {
            window.Record(At0130.AddMinutes(m - 20).AddSeconds(15), ActivityKind.Phone, null);
        }

        var now = At0200.AddSeconds(20);
        var summary = window.Summarize(now.AddMinutes(-30), now);

        // Minutes 01:31 .. 02:00 start within [01:30:20, 02:00:20]: exactly 30 of them.
        Assert.Equal(30, summary.PhoneEvents);
    }

    [Fact]
    public void Summarize_MixedEvents_CountsEachKindAndEveryFix()
    {
        var window = new ActivityWindow();
        var fix = new GeoFix(Gps.Origin.Lat, Gps.Origin.Lon, 8.0);
        window.Record(At0130.AddMinutes(1), ActivityKind.Phone, fix);
        window.Record(At0130.AddMinutes(1), ActivityKind.Phone, null);
        window.Record(At0130.AddMinutes(2), ActivityKind.Task, fix);
        window.Record(At0130.AddMinutes(3), ActivityKind.Checkpoint, null);
        window.Record(At0130.AddMinutes(4), ActivityKind.None, fix);

        var summary = window.Summarize(At0130, At0200);

        Assert.Equal(new WindowSummary(At0130, At0200, 2, 3, 0.0, 1, 1), summary);
    }

    [Fact]
    public void Record_EventSixtyFourMinutesBeforeNewest_IsRefused()
    {
        var window = new ActivityWindow();
        Assert.True(window.Record(At0200, ActivityKind.Phone, null));

        Assert.False(window.Record(At0200.AddMinutes(-ActivityWindow.Capacity), ActivityKind.Task, null));
        Assert.False(window.Record(At0200.AddMinutes(-90), ActivityKind.Task, null));
        Assert.True(window.Record(At0200.AddMinutes(-ActivityWindow.Capacity + 1), ActivityKind.Checkpoint, null));

        var summary = window.Summarize(At0200.AddMinutes(-ActivityWindow.Capacity), At0200);
        Assert.Equal(0, summary.TasksCompleted);
        Assert.Equal(1, summary.CheckpointsScanned);
    }

    [Fact]
    public void Record_NewerEventsPushRingForward_OldMinutesDropOut()
    {
        var window = new ActivityWindow();
        window.Record(At0120, ActivityKind.Task, null);

        window.Record(At0120.AddMinutes(ActivityWindow.Capacity), ActivityKind.Phone, null);

        Assert.Equal(0, window.Summarize(At0120, At0120.AddMinutes(ActivityWindow.Capacity)).TasksCompleted);
        Assert.DoesNotContain(window.Buckets(), b => b.Tasks > 0);
    }

    [Fact]
    public void Record_MinuteReusingAnEvictedSlot_StartsFromAnEmptyBucket()
    {
        var window = new ActivityWindow();
        window.Record(At0120, ActivityKind.Task, null);
        window.Record(At0120.AddMinutes(ActivityWindow.Capacity), ActivityKind.Phone, null);

        var bucket = Assert.Single(window.Buckets(), b => b.Phone > 0);
        Assert.Equal(0, bucket.Tasks);
        Assert.Equal(ActivityWindow.MinuteOf(At0120) + ActivityWindow.Capacity, bucket.Minute);
    }

    [Fact]
    public void Restore_FromBuckets_RoundTrips()
    {
        var window = new ActivityWindow();
        var rng = new Random(7);
        var start = At0120.AddMinutes(-30);
        for (var i = 0; i < 400; i++)
        {
            var ts = start.AddSeconds(rng.Next(0, 90 * 60));
            var kind = (ActivityKind)rng.Next(0, 4);
            GeoFix? fix = rng.Next(2) == 0 ? Gps.Noisy(rng, Gps.East(rng.NextDouble() * 300.0)) : null;
            window.Record(ts, kind, fix);
        }

        var restored = ActivityWindow.Restore(window.Buckets());

        Assert.Equal(window.Buckets(), restored.Buckets());
        for (var from = start; from < start.AddMinutes(90); from = from.AddMinutes(7))
        {
            Assert.Equal(window.Summarize(from, from.AddMinutes(30)), restored.Summarize(from, from.AddMinutes(30)));
        }

        var oldest = ActivityWindow.StartOf(window.Buckets().Last().Minute - ActivityWindow.Capacity);
        Assert.False(restored.Record(oldest, ActivityKind.Phone, null));
    }

    [Fact]
    public void Restore_NoBuckets_IsEmptyWindow()
    {
        var restored = ActivityWindow.Restore(new ActivityWindow().Buckets());

        Assert.Empty(restored.Buckets());
        Assert.True(restored.Record(At0120, ActivityKind.Phone, null));
    }

    [Fact]
    public void MinuteOf_AnySecondOfAMinute_MapsToThatMinuteStart()
    {
        var minute = ActivityWindow.MinuteOf(At0130.AddSeconds(59));

        Assert.Equal(ActivityWindow.MinuteOf(At0130), minute);
        Assert.Equal(At0130, ActivityWindow.StartOf(minute));
        Assert.Equal(minute + 1, ActivityWindow.MinuteOf(At0130.AddSeconds(60)));
    }
}
