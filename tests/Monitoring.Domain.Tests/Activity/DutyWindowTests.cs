using Monitoring.Domain.Activity;
using Monitoring.Domain.Geo;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Tests.Support;

namespace Monitoring.Domain.Tests.Activity;

/// <summary>
/// The window judged is the last 30 minutes of duty: a declared break's minutes (up to the 30-minute
/// limit) are skipped and the window reaches back past them.
/// </summary>
public sealed class DutyWindowTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan Limit = InactivitySettings.Default.BreakMax;
    private static readonly DateTimeOffset BreakStart = SiteTimes.ParisLocal(2, 0);

    [Fact]
    public void SummarizeDuty_BackFromQuietBreak_ReachesPastTheBreakToDutyActivity()
    {
        var window = Ring();
        window.Record(BreakStart.AddMinutes(-3), ActivityKind.Checkpoint, null);
        var end = BreakStart.AddMinutes(20);
        OffDuty[] offDuty = [OffDuty.OfBreak(BreakStart, end, Limit)];

        for (var minutes = 10; minutes <= 25; minutes += 5)
        {
            var now = end.AddMinutes(minutes);
            Assert.Equal(0, window.Summarize(now - Window, now).CheckpointsScanned);
            var duty = window.SummarizeDuty(now, Window, offDuty);
            Assert.Equal(1, duty.CheckpointsScanned);
            Assert.Equal(now - Window - TimeSpan.FromMinutes(20), duty.From);
        }
    }

    [Fact]
    public void SummarizeDuty_ThirtyDutyMinutesAfterTheBreak_NoLongerReachesBack()
    {
        var window = Ring();
        window.Record(BreakStart.AddMinutes(-1), ActivityKind.Checkpoint, null);
        var end = BreakStart.AddMinutes(20);

        var duty = window.SummarizeDuty(end.AddMinutes(31), Window, [OffDuty.OfBreak(BreakStart, end, Limit)]);

        Assert.Equal(0, duty.CheckpointsScanned);
    }

    [Fact]
    public void SummarizeDuty_QuietBeforeAndAfterBreak_StaysInactiveAcrossIt()
    {
        var window = Ring();
        window.Record(BreakStart.AddMinutes(-28), ActivityKind.Phone, null);
        var end = BreakStart.AddMinutes(20);
        var now = end.AddMinutes(5);

        var duty = window.SummarizeDuty(now, Window, [OffDuty.OfBreak(BreakStart, end, Limit)]);
        var outcome = GuardEvaluator.Evaluate(
            Inputs.At(now) with { ShiftStartedAt = now.AddHours(-2), Window = duty, OffDutyInShift = TimeSpan.FromMinutes(20) },
            InactivitySettings.Default);

        Assert.Equal(0, duty.PhoneEvents);
        Assert.Null(outcome.Suppressed);
        Assert.Equal(AlertDecision.Raise, outcome.Decision);
    }

    [Fact]
    public void SummarizeDuty_BreakOverTheLimit_ExtraMinutesAreDuty()
    {
        var window = Ring();
        var end = BreakStart.AddMinutes(45);
        window.Record(BreakStart.AddMinutes(-20), ActivityKind.Task, null);
        window.Record(BreakStart.AddMinutes(-10), ActivityKind.Phone, null);
        window.Record(BreakStart.AddMinutes(35), ActivityKind.Checkpoint, null);
        window.Record(BreakStart.AddMinutes(10), ActivityKind.Task, null);
        var offDuty = OffDuty.OfBreak(BreakStart, end, Limit);

        var duty = window.SummarizeDuty(end, Window, [offDuty]);

        Assert.Equal(BreakStart.AddMinutes(30), offDuty.To);
        Assert.Equal(1, duty.CheckpointsScanned);
        Assert.Equal(1, duty.PhoneEvents);
        Assert.Equal(0, duty.TasksCompleted);
        Assert.Equal(end - Window - Limit, duty.From);
    }

    [Fact]
    public void SummarizeDuty_WalkDuringBreakAndReturnElsewhere_IsNotMovementOnDuty()
    {
        var window = Ring();
        var end = BreakStart.AddMinutes(20);
        for (var m = -10; m < 0; m++)
        {
            window.Record(BreakStart.AddMinutes(m), ActivityKind.None, Fix(Gps.East(0)));
        }

        for (var m = 1; m < 20; m++)
        {
            window.Record(BreakStart.AddMinutes(m), ActivityKind.None, Fix(Gps.East(m * 20)));
        }

        for (var m = 0; m < 10; m++)
        {
            window.Record(end.AddMinutes(m), ActivityKind.None, Fix(Gps.East(400)));
        }

        var now = end.AddMinutes(10);
        var duty = window.SummarizeDuty(now, Window, [OffDuty.OfBreak(BreakStart, end, Limit)]);

        Assert.True(window.Summarize(now - Window, now).MovementM > 300);
        Assert.Equal(0.0, duty.MovementM);
        Assert.True(duty.LocationUpdates >= 19);
    }

    [Fact]
    public void SummarizeDuty_NoBreak_IsThePlainWindow()
    {
        var window = Ring();
        window.Record(BreakStart.AddMinutes(-5), ActivityKind.Phone, Fix(Gps.East(0)));
        window.Record(BreakStart.AddMinutes(-1), ActivityKind.Task, Fix(Gps.East(100)));

        Assert.Equal(window.Summarize(BreakStart - Window, BreakStart), window.SummarizeDuty(BreakStart, Window, []));
    }

    [Fact]
    public void Resize_GrowAndShrink_KeepsTheNewestMinutes()
    {
        var window = new ActivityWindow(ActivityWindow.MinutesFor(Window));
        window.Record(BreakStart.AddMinutes(-30), ActivityKind.Task, null);
        window.Record(BreakStart, ActivityKind.Phone, null);

        window.Resize(ActivityWindow.MinutesFor(Window + Limit));
        window.Record(BreakStart.AddMinutes(30), ActivityKind.Checkpoint, null);
        var grown = window.Summarize(BreakStart.AddMinutes(-30), BreakStart.AddMinutes(30));
        window.Resize(ActivityWindow.MinutesFor(Window));
        var shrunk = window.Summarize(BreakStart.AddMinutes(-30), BreakStart.AddMinutes(30));

        Assert.Equal((1, 1, 1), (grown.TasksCompleted, grown.PhoneEvents, grown.CheckpointsScanned));
        Assert.Equal((0, 1, 1), (shrunk.TasksCompleted, shrunk.PhoneEvents, shrunk.CheckpointsScanned));
        Assert.Equal(ActivityWindow.MinutesFor(Window), window.Minutes);
    }

    [Fact]
    public void OffDuty_MinutesTheBreakOnlyTouches_AreDuty()
    {
        var start = BreakStart.AddSeconds(30);
        var offDuty = OffDuty.OfBreak(start, start.AddMinutes(10), Limit);

        Assert.False(offDuty.Covers(ActivityWindow.MinuteOf(start)));
        Assert.True(offDuty.Covers(ActivityWindow.MinuteOf(start) + 1));
        Assert.True(offDuty.Covers(ActivityWindow.MinuteOf(start) + 9));
        Assert.False(offDuty.Covers(ActivityWindow.MinuteOf(start) + 10));
        Assert.Equal(TimeSpan.FromMinutes(4), offDuty.Within(start.AddMinutes(6), start.AddMinutes(20)));
    }

    private static ActivityWindow Ring() => new(ActivityWindow.MinutesFor(Window + Limit));

    private static GeoFix Fix((double Lat, double Lon) at) => new(at.Lat, at.Lon, 8);
}
