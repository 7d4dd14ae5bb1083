using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Guards;

[Collection(ApiCollection.Name)]
public sealed class GuardsApiTests(ApiHostFixture host)
{
    [Fact]
    public async Task GetGuard_OnShift_ShowsShiftDevicesAndWindow()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        await phone.SendAsync([phone.ShiftStart(now.AddMinutes(-40)), .. phone.Active(now.AddMinutes(-2))]);

        var guard = await phone.GuardAsync();

        Assert.Equal(phone.GuardId, guard.Str("guardId"));
        Assert.Equal(phone.SiteId, guard.Str("siteId"));
        Assert.True(guard.Bool("onShift"));
        Assert.Equal(now.AddMinutes(-40), guard.Time("shiftStartedAt"));
        Assert.Equal([phone.DeviceId], guard.Items("deviceIds").Select(d => d.GetString()));
        Assert.Equal(now.AddMinutes(-2), guard.Time("lastSeenAt"));
        Assert.False(guard.Bool("onBreak"));
        var window = guard.GetProperty("window");
        Assert.Equal(now.AddMinutes(-30), window.Time("from"));
        Assert.Equal(now, window.Time("to"));
        Assert.Equal(1, window.Int("phoneEvents"));
        Assert.Equal(2, window.Int("locationUpdates"));
        Assert.True(window.GetProperty("movementM").GetDouble() >= 10);
        Assert.Equal(1, window.Int("tasksCompleted"));
        Assert.Equal(1, window.Int("checkpointsScanned"));
        Assert.Equal(0.0, guard.GetProperty("inactivityScore").GetDouble());
        Assert.Equal("low", guard.Str("severity"));
        Assert.False(guard.Bool("isInactive"));
        Assert.False(guard.Bool("isDeepNight"));
        Assert.Equal(0, guard.Int("consecutiveInactiveWindows"));
        Assert.True(guard.IsNull("lastEvaluatedAt"));
        Assert.Empty(guard.Items("activeAlerts"));
        Assert.True(guard.IsNull("warmingUp"));
    }

    [Fact]
    public async Task GetGuard_EightMinutesIntoShift_IsWarmingUpWithoutScoreOrSeverity()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        await phone.SendAsync(phone.ShiftStart(now.AddMinutes(-8)));

        var guard = await phone.GuardAsync();

        var warmingUp = guard.GetProperty("warmingUp");
        Assert.Equal(8, warmingUp.Int("minutes"));
        Assert.Equal(30, warmingUp.Int("of"));
        Assert.True(guard.IsNull("inactivityScore"));
        Assert.True(guard.IsNull("severity"));
        Assert.False(guard.Bool("isInactive"));
        Assert.Empty(guard.Items("recentScores"));
    }

    [Fact]
    public async Task GetGuard_OffShift_IsNotWarmingUp()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        await phone.SendAsync(phone.ShiftStart(now.AddMinutes(-8)), phone.Event("shift_end", now.AddMinutes(-1)));

        var guard = await phone.GuardAsync();

        Assert.True(guard.IsNull("warmingUp"));
        Assert.False(guard.IsNull("severity"));
    }

    [Fact]
    public async Task GetGuard_Unknown_Is404Problem()
    {
        var response = await host.Viewer().GetAsync($"api/v1/guards/{Fresh.Id("guard")}");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetGuard_AfterShiftEnd_IsOffShift()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);

        await phone.SendAsync(phone.ShiftStart(now.AddMinutes(-20)), phone.Event("shift_end", now.AddMinutes(-1)));

        var guard = await phone.GuardAsync();
        Assert.False(guard.Bool("onShift"));
        Assert.True((await phone.DeviceAsync()).IsNull("guardId"));
    }

    [Fact]
    public async Task GetGuard_BreakDeclared_IsOnBreak()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);

        await phone.SendAsync(phone.ShiftStart(now.AddMinutes(-20)), phone.Event("break_start", now.AddMinutes(-5)));

        Assert.True((await phone.GuardAsync()).Bool("onBreak"));
        await phone.SendAsync(phone.Event("break_end", now));
        Assert.False((await phone.GuardAsync()).Bool("onBreak"));
    }

    [Fact]
    public async Task GetGuard_TwoPhones_ListsBoth()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var spare = new Phone(host);
        await phone.StartShiftAsync(now.AddMinutes(-10));

        var e = spare.Event("phone", now);
        e["guardId"] = phone.GuardId;
        await spare.SendAsync(e);

        var guard = await phone.GuardAsync();
        Assert.Equal(
            new[] { phone.DeviceId, spare.DeviceId }.Order(StringComparer.Ordinal),
            guard.Items("deviceIds").Select(d => d.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(1, guard.GetProperty("window").Int("phoneEvents"));
    }

    [Fact]
    public async Task EvaluateGuard_Operator_RunsEvaluationNow()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        await phone.SendAsync([phone.ShiftStart(now.AddMinutes(-10)), .. phone.Active(now)]);

        var guard = await (await host.Operator().PostAsync($"api/v1/guards/{phone.GuardId}/evaluate", null)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(phone.GuardId, guard.Str("guardId"));
        Assert.Equal(now, guard.Time("lastEvaluatedAt"));
        Assert.False(guard.Bool("isInactive"));
        Assert.Empty(guard.Items("activeAlerts"));
        Assert.Equal(now, (await phone.GuardAsync()).Time("lastEvaluatedAt"));
    }

    [Fact]
    public async Task EvaluateGuard_InactiveForAWholeWindow_RaisesOneAlert()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        await phone.SendAsync(phone.ShiftStart(now.AddMinutes(-40)), phone.Event("heartbeat", now));

        var first = await (await host.Admin().PostAsync($"api/v1/guards/{phone.GuardId}/evaluate", null)).JsonAsync(HttpStatusCode.OK);
        var second = await (await host.Operator().PostAsync($"api/v1/guards/{phone.GuardId}/evaluate", null)).JsonAsync(HttpStatusCode.OK);

        Assert.True(first.Bool("isInactive"));
        var summary = Assert.Single(second.Items("activeAlerts"));
        Assert.Equal("inactivity", summary.Str("type"));
        Assert.Equal("active", summary.Str("status"));
        Assert.Equal(2, second.Int("consecutiveInactiveWindows"));
        var alert = Assert.Single(await phone.AlertsAsync());
        Assert.Equal(summary.Str("alertId"), alert.Str("alertId"));
    }

    [Fact]
    public async Task EvaluateGuard_Unknown_Is404Problem()
    {
        var response = await host.Operator().PostAsync($"api/v1/guards/{Fresh.Id("guard")}/evaluate", null);

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }
}
