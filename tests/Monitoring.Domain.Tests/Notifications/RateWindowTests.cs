using Monitoring.Domain.Notifications;

namespace Monitoring.Domain.Tests.Notifications;

public sealed class RateWindowTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public void HeldUntil_UnderTheLimit_Null()
    {
        Assert.Null(RateWindow.HeldUntil([T0, T0.AddMinutes(1)], T0.AddMinutes(2), 3, Hour));
    }

    [Fact]
    public void HeldUntil_AtTheLimit_WhenTheOldestLeavesTheWindow()
    {
        var sends = new[] { T0.AddMinutes(20), T0, T0.AddMinutes(10) };

        Assert.Equal(T0.AddHours(1), RateWindow.HeldUntil(sends, T0.AddMinutes(30), 3, Hour));
        Assert.Equal(T0.AddMinutes(70), RateWindow.HeldUntil(sends, T0.AddMinutes(30), 2, Hour));
    }

    [Fact]
    public void HeldUntil_OldSendsOutsideTheWindow_NotCounted()
    {
        Assert.Null(RateWindow.HeldUntil([T0, T0.AddMinutes(1)], T0.AddMinutes(61), 1, Hour));
        Assert.Equal([T0.AddMinutes(1)], RateWindow.Kept([T0, T0.AddMinutes(1)], T0.AddMinutes(60), Hour));
    }
}
