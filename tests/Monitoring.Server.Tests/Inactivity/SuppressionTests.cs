using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Inactivity;

/// <summary>What holds an inactivity alert back: a declared break (within its limit), the end of the shift, a stricter site threshold.</summary>
[Collection(InactivityCollection.Name)]
public sealed class SuppressionTests(InactivityHostFixture host)
{
    [Fact]
    public async Task Evaluation_DeclaredBreak_SuppressesTheAlertWhileItLasts()
    {
        var phone = new Phone(host) { SiteId = await host.PutSiteAsync() };
        var t0 = await host.NowAsync();
        await phone.StartShiftAsync(t0);
        await host.SetClockAsync(t0.AddMinutes(20));
        await phone.SendAsync(phone.Event("break_start", t0.AddMinutes(20)));

        await host.SetClockAsync(t0.AddMinutes(45));

        var guard = await phone.GuardAsync();
        Assert.True(guard.Bool("onBreak"));
        Assert.Equal(t0.AddMinutes(45), guard.Time("lastEvaluatedAt"));
        Assert.Equal("on_break", guard.GetProperty("lastEvaluation").Str("suppressed"));
        Assert.True(guard.GetProperty("lastEvaluation").Bool("isInactive"));
        Assert.Empty(await phone.AlertsAsync());

        // The 27 break minutes are not duty: 20 quiet minutes before it and 3 after are not yet a window.
        await phone.SendAsync(phone.Event("break_end", t0.AddMinutes(47)));
        await host.SetClockAsync(t0.AddMinutes(55));
        var back = await phone.GuardAsync();
        Assert.False(back.Bool("onBreak"));
        Assert.Equal("window_filling", back.GetProperty("lastEvaluation").Str("suppressed"));
        Assert.Empty(await phone.AlertsAsync());

        await host.SetClockAsync(t0.AddMinutes(60));
        var alert = Assert.Single(await phone.AlertsAsync());
        Assert.Equal(t0.AddMinutes(60), alert.Time("raisedAt"));
    }

    [Fact]
    public async Task Evaluation_BreakOverItsLimit_NoLongerSuppresses()
    {
        var phone = new Phone(host) { SiteId = await host.PutSiteAsync() };
        var t0 = await host.NowAsync();
        await phone.StartShiftAsync(t0);
        await host.SetClockAsync(t0.AddMinutes(20));
        await phone.SendAsync(phone.Event("break_start", t0.AddMinutes(20)));

        // Suppressed until t0+50 (the limit); the minutes after it are duty again, and with the 20
        // before the break they make a quiet 30-minute window at t0+60.
        await host.SetClockAsync(t0.AddMinutes(55));
        Assert.Empty(await phone.AlertsAsync());
        Assert.Equal("window_filling", (await phone.GuardAsync()).GetProperty("lastEvaluation").Str("suppressed"));
        await host.SetClockAsync(t0.AddMinutes(60));

        var alert = Assert.Single(await phone.AlertsAsync());
        Assert.Equal(t0.AddMinutes(60), alert.Time("raisedAt"));
    }

    [Fact]
    public async Task Evaluation_ShiftEnded_ClearsTheOpenAlertAndStops()
    {
        var (phone, alert) = await host.InactiveGuardAsync();
        var now = await host.NowAsync();

        await phone.SendAsync(phone.Event("shift_end", now));
        await host.SetClockAsync(now.AddMinutes(40));

        var ended = await host.AlertAsync(alert.Str("alertId"));
        Assert.Equal("resolved", ended.Str("status"));
        Assert.Equal("cleared", ended.Str("resolution"));
        Assert.Single(await phone.AlertsAsync());
        var guard = await phone.GuardAsync();
        Assert.False(guard.Bool("onShift"));
        Assert.Equal(now, guard.Time("lastEvaluatedAt"));
    }

    [Fact]
    public async Task Evaluation_SiteThresholdAbovePartialScore_RaisesNothing()
    {
        var phone = new Phone(host) { SiteId = await host.PutSiteAsync(inactivityThreshold: 0.9) };
        var t0 = await host.NowAsync();
        await phone.StartShiftAsync(t0);
        await host.SetClockAsync(t0.AddMinutes(25));
        await phone.SendAsync(phone.Event("phone", t0.AddMinutes(25)));

        await host.SetClockAsync(t0.AddMinutes(30));

        var guard = await phone.GuardAsync();
        Assert.Equal(0.9, guard.GetProperty("threshold").GetDouble());
        Assert.Equal(0.8, guard.GetProperty("lastEvaluation").GetProperty("score").GetDouble(), 3);
        Assert.False(guard.GetProperty("lastEvaluation").Bool("isInactive"));
        Assert.Empty(await phone.AlertsAsync());
    }

    [Fact]
    public async Task Evaluation_SiteThresholdChangedDuringShift_NextEvaluationUsesIt()
    {
        var siteId = await host.PutSiteAsync();
        var phone = new Phone(host) { SiteId = siteId };
        var t0 = await host.NowAsync();
        await phone.StartShiftAsync(t0);
        await host.SetClockAsync(t0.AddMinutes(25));
        await phone.SendAsync(phone.Event("phone", t0.AddMinutes(25)));
        await host.PutSiteAsync(inactivityThreshold: 0.9, siteId: siteId);

        await host.SetClockAsync(t0.AddMinutes(30));

        Assert.Equal(0.9, (await phone.GuardAsync()).GetProperty("threshold").GetDouble());
        Assert.Empty(await phone.AlertsAsync());
    }
}
