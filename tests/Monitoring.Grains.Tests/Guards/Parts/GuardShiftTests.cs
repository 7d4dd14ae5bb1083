using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Guards;

namespace Monitoring.Grains.Tests.Guards.Parts;

public sealed class GuardShiftTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 22, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(5);

    [Fact]
    public void Start_AfterAnEvaluatedShift_ResetsTheEvaluationAndListsOnlyTheDevice()
    {
        var guard = new GuardSnapshot { SiteId = "s1", Armed = false, ConsecutiveInactiveWindows = 3, BreakStartedAt = At, DeviceIds = ["old"] };

        new GuardShift(guard).Start(At, siteId: null, "d1", At + Period);

        Assert.True(guard.OnShift);
        Assert.Equal("s1", guard.SiteId);
        Assert.Equal(At, guard.ShiftStartedAt);
        Assert.Null(guard.BreakStartedAt);
        Assert.True(guard.Armed);
        Assert.Equal(0, guard.ConsecutiveInactiveWindows);
        Assert.Equal(["d1"], guard.DeviceIds);
        Assert.Equal(At + Period, guard.NextDueAt);
    }

    [Fact]
    public void End_OffShift_ChangesNothing()
    {
        var guard = new GuardSnapshot();

        Assert.False(new GuardShift(guard).End(At));
        Assert.Null(guard.ShiftEndedAt);
    }

    [Fact]
    public void End_OnShift_EndsTheBreakAndTheEvaluations()
    {
        var guard = new GuardSnapshot();
        var shift = new GuardShift(guard);
        shift.Start(At, "s1", "d1", At + Period);
        shift.Break(EventType.BreakStart, At.AddMinutes(10));

        Assert.True(shift.End(At.AddHours(8)));

        Assert.False(guard.OnShift);
        Assert.Equal(At.AddHours(8), guard.ShiftEndedAt);
        Assert.Null(guard.BreakStartedAt);
        Assert.Null(guard.NextDueAt);
    }

    [Fact]
    public void Break_OffShiftOrWithoutStart_IsIgnored()
    {
        var guard = new GuardSnapshot();
        var shift = new GuardShift(guard);

        Assert.False(shift.Break(EventType.BreakStart, At));
        Assert.False(shift.Break(EventType.BreakEnd, At));
        Assert.False(shift.Break(EventType.Phone, At));
        Assert.Null(guard.BreakStartedAt);
    }

    [Fact]
    public void List_AtTheCap_RefusesANewDeviceButNotAKnownOne()
    {
        var guard = new GuardSnapshot { DeviceIds = ["d1", "d2"] };
        var shift = new GuardShift(guard);

        Assert.False(shift.List("d2", cap: 2, out var knownRefused));
        Assert.False(knownRefused);
        Assert.False(shift.List("d3", cap: 2, out var newRefused));
        Assert.True(newRefused);
        Assert.True(shift.List("d3", cap: 3, out _));
        Assert.Equal(["d1", "d2", "d3"], guard.DeviceIds);
    }

    [Fact]
    public void AdvanceDue_LateTick_MovesPastNowWithoutBacklog()
    {
        var guard = new GuardSnapshot();
        var shift = new GuardShift(guard);
        shift.Start(At, "s1", "d1", At + Period);
        var late = At + Period + Period + Period + TimeSpan.FromMinutes(1);

        Assert.False(shift.IsDue(At));
        Assert.True(shift.IsDue(late));
        var next = shift.AdvanceDue(late, Period);

        Assert.Equal(At + (4 * Period), next);
        Assert.True(next > late);
        Assert.False(shift.IsDue(late));
    }
}
