using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Inactivity;

/// <summary>How the scheduled evaluation raises, clears and holds back inactivity alerts, driven by the manual clock.</summary>
[Collection(InactivityCollection.Name)]
public sealed class InactivityLifecycleTests(InactivityHostFixture host)
{
    [Fact]
    public async Task Evaluation_WindowFilling_NoAlertBefore30Minutes()
    {
        var phone = new Phone(host) { SiteId = await host.PutSiteAsync() };
        var t0 = await host.NowAsync();
        await phone.StartShiftAsync(t0);

        await host.SetClockAsync(t0.AddMinutes(29));

        var guard = await phone.GuardAsync();
        Assert.Equal(t0.AddMinutes(25), guard.Time("lastEvaluatedAt"));
        Assert.Equal("window_filling", guard.GetProperty("lastEvaluation").Str("suppressed"));
        Assert.Equal(0, guard.Int("consecutiveInactiveWindows"));
        Assert.Empty(await phone.AlertsAsync());

        await host.SetClockAsync(t0.AddMinutes(30));

        var alert = Assert.Single(await phone.AlertsAsync());
        Assert.Equal(t0.AddMinutes(30), alert.Time("raisedAt"));
        Assert.Equal(1, (await phone.GuardAsync()).Int("consecutiveInactiveWindows"));
    }

    [Fact]
    public async Task Evaluation_StillInactive_KeepsOneAlertAndCountsWindows()
    {
        var (phone, alert) = await host.InactiveGuardAsync();

        await host.AdvanceAsync(TimeSpan.FromMinutes(20));

        var only = Assert.Single(await phone.AlertsAsync());
        Assert.Equal(alert.Str("alertId"), only.Str("alertId"));
        Assert.Equal(5, (await phone.GuardAsync()).Int("consecutiveInactiveWindows"));
    }

    [Fact]
    public async Task Evaluation_UntouchedAlertGuardActiveAgain_ClearsItself()
    {
        var (phone, alert) = await host.InactiveGuardAsync();
        var now = await host.NowAsync();
        await phone.SendAsync(phone.Active(now.AddMinutes(1)));

        await host.SetClockAsync(now.AddMinutes(4));
        Assert.Equal("active", (await host.AlertAsync(alert.Str("alertId"))).Str("status"));
        await host.SetClockAsync(now.AddMinutes(5));

        var cleared = await host.AlertAsync(alert.Str("alertId"));
        Assert.Equal("resolved", cleared.Str("status"));
        Assert.Equal("cleared", cleared.Str("resolution"));
        Assert.Equal("system", cleared.Str("resolvedBy"));
        Assert.Equal(now.AddMinutes(5), cleared.Time("resolvedAt"));
        Assert.Equal("cleared", cleared.Items("history")[^1].Str("action"));
        var guard = await phone.GuardAsync();
        Assert.Empty(guard.Items("activeAlerts"));
        Assert.False(guard.Bool("isInactive"));
        Assert.Equal(0, guard.Int("consecutiveInactiveWindows"));
        Assert.Equal(0, (await host.Viewer().GetJsonAsync($"api/v1/sites/{phone.SiteId}")).GetProperty("activeAlerts").Int("critical"));
    }

    [Fact]
    public async Task Evaluation_AcknowledgedAlertGuardActiveAgain_StaysWithTheOperator()
    {
        var (phone, alert) = await host.InactiveGuardAsync();
        var id = alert.Str("alertId");
        await (await host.ActAsync(id, "acknowledge", new { by = "op-jo" })).JsonAsync(HttpStatusCode.OK);
        var now = await host.NowAsync();
        await phone.SendAsync(phone.Active(now.AddMinutes(1)));

        await host.SetClockAsync(now.AddMinutes(10));

        var owned = await host.AlertAsync(id);
        Assert.Equal("acknowledged", owned.Str("status"));
        Assert.True(owned.IsNull("resolution"));
    }

    [Fact]
    public async Task Evaluation_AfterOperatorResolvedStillInactive_NoSecondAlertUntilActiveAgain()
    {
        var (phone, alert) = await host.InactiveGuardAsync();
        await (await host.ActAsync(alert.Str("alertId"), "resolve", new { by = "op-kim", resolution = "false_positive" })).JsonAsync(HttpStatusCode.OK);
        var now = await host.NowAsync();

        await host.SetClockAsync(now.AddMinutes(30));
        Assert.Single(await phone.AlertsAsync());

        await phone.SendAsync(phone.Active(now.AddMinutes(31)));
        await host.SetClockAsync(now.AddMinutes(35));
        Assert.Single(await phone.AlertsAsync());

        await host.SetClockAsync(now.AddMinutes(65));
        var alerts = await phone.AlertsAsync();
        Assert.Equal(2, alerts.Length);
        Assert.Equal("active", alerts[0].Str("status"));
        Assert.Equal(now.AddMinutes(65), alerts[0].Time("raisedAt"));
    }
}
