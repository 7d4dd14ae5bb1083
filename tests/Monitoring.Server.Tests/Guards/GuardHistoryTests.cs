using System.Net;
using System.Text.Json.Nodes;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Guards;

/// <summary><c>GET /api/v1/guards/{guardId}/history</c>: evaluations, positions, devices and alerts of a scripted shift.</summary>
[Collection(InactivityCollection.Name)]
public sealed class GuardHistoryTests(InactivityHostFixture host)
{
    [Fact]
    public async Task History_ScriptedShift_ListsEvaluationsSignalsFixesDevicesAndTheAlert()
    {
        var (phone, t0) = await ScriptedShiftAsync();

        var history = await host.Viewer().GetJsonAsync($"api/v1/guards/{phone.GuardId}/history");

        Assert.Equal(phone.GuardId, history.Str("guardId"));
        Assert.Equal(phone.SiteId, history.Str("siteId"));
        Assert.Equal(8, history.Int("hours"));
        Assert.Equal(t0.AddMinutes(45), history.Time("to"));
        Assert.Equal(t0.AddMinutes(45).AddHours(-8), history.Time("from"));
        var points = history.Items("points");
        Assert.Equal(Enumerable.Range(1, 9).Select(i => t0.AddMinutes(5 * i)), points.Select(p => p.Time("at")));
        Assert.All(points.Take(5), p => Assert.True(p.Bool("warmingUp") && p.IsNull("score") && p.IsNull("severity")));
        Assert.All(points.Skip(5), p => Assert.False(p.Bool("warmingUp") || p.IsNull("score")));
        var active = points[1];
        Assert.Equal((1, 1, 1), (active.Int("phoneEvents"), active.Int("tasksCompleted"), active.Int("checkpointsScanned")));
        Assert.True(active.GetProperty("movementM").GetDouble() >= 50);
        Assert.Equal(1.0, points[^2].GetProperty("score").GetDouble());
        Assert.Equal("critical", points[^2].Str("severity"));

        var fixes = history.Items("fixes");
        Assert.Equal([t0.AddMinutes(5), t0.AddMinutes(10)], fixes.Select(f => f.Time("at")));
        Assert.Equal(Phone.BaseLat, fixes[0].GetProperty("lat").GetDouble(), 4);
        Assert.Equal(Phone.BaseLon + (2 * Phone.StepLon), fixes[1].GetProperty("lon").GetDouble(), 4);

        var device = Assert.Single(history.Items("devices"));
        Assert.Equal(phone.DeviceId, device.Str("deviceId"));
        var readings = device.Items("points");
        Assert.Equal([90.0, 85.0], readings.Select(p => p.GetProperty("battery").GetDouble()));
        Assert.Equal([-80.0, -95.0], readings.Select(p => p.GetProperty("signalDbm").GetDouble()));

        var alert = Assert.Single(history.Items("alerts"), a => a.Str("type") == "inactivity");
        Assert.Equal(t0.AddMinutes(40), alert.Time("raisedAt"));
        Assert.False(history.Bool("alertsTruncated"));
    }

    [Fact]
    public async Task History_OneHour_LeavesOlderEvaluationsOut()
    {
        var (phone, t0) = await ScriptedShiftAsync();
        await host.SetClockAsync(t0.AddMinutes(100));

        var history = await host.Viewer().GetJsonAsync($"api/v1/guards/{phone.GuardId}/history?hours=1");

        Assert.Equal(1, history.Int("hours"));
        Assert.All(history.Items("points"), p => Assert.True(p.Time("at") >= t0.AddMinutes(40)));
        Assert.Equal(t0.AddMinutes(40), history.Items("points")[0].Time("at"));
        Assert.Empty(history.Items("fixes"));
        Assert.Single(history.Items("alerts"), a => a.Str("type") == "inactivity");
    }

    [Fact]
    public async Task History_ShiftStartingMidMinute_FirstEvaluationHoldsTheFixOfThatMinute()
    {
        var phone = new Phone(host) { SiteId = await host.PutSiteAsync() };
        var now = await host.NowAsync();
        var t0 = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute)).AddMinutes(1).AddSeconds(30);
        await host.SetClockAsync(t0);
        await phone.SendAsync(phone.ShiftStart(t0), phone.Fix("heartbeat", t0.AddSeconds(10), Phone.BaseLat, Phone.BaseLon));
        await host.SetClockAsync(t0.AddMinutes(10));

        var history = await host.Viewer().GetJsonAsync($"api/v1/guards/{phone.GuardId}/history");

        Assert.Equal([t0.AddMinutes(5), t0.AddMinutes(10)], history.Items("points").Select(p => p.Time("at")));
        var fix = Assert.Single(history.Items("fixes"));
        Assert.Equal(t0.AddMinutes(5), fix.Time("at"));
        Assert.Equal(Phone.BaseLat, fix.GetProperty("lat").GetDouble(), 4);
        Assert.Equal(Phone.BaseLon, fix.GetProperty("lon").GetDouble(), 4);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("9")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("abc")]
    [InlineData("99999999999")]
    public async Task History_BadHours_Is400NamingHours(string hours)
    {
        var phone = new Phone(host) { SiteId = await host.PutSiteAsync() };
        await phone.StartShiftAsync(await host.NowAsync());

        var response = await host.Viewer().GetAsync($"api/v1/guards/{phone.GuardId}/history?hours={hours}");

        await response.ValidationProblemAsync("hours");
    }

    [Fact]
    public async Task History_OtherTenantsGuard_Is404()
    {
        var phone = new Phone(host) { SiteId = await host.PutSiteAsync() };
        await phone.StartShiftAsync(await host.NowAsync());

        var response = await host.Viewer(Keys.T2).GetAsync($"api/v1/guards/{phone.GuardId}/history");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task History_UnknownGuard_Is404() =>
        await (await host.Viewer().GetAsync($"api/v1/guards/{Fresh.Id("guard")}/history")).ProblemAsync(HttpStatusCode.NotFound);

    // A shift from t0: readings and a fix at t0, every signal at t0+8..9 (a 60 m walk), then quiet
    // until the inactivity alert at t0+40; the clock stops at t0+45.
    private async Task<(Phone Phone, DateTimeOffset T0)> ScriptedShiftAsync()
    {
        var phone = new Phone(host) { SiteId = await host.PutSiteAsync() };
        // On a whole minute: the trail keeps per-minute buckets, and the shared clock stands wherever
        // the collection's earlier tests left it.
        var now = await host.NowAsync();
        var t0 = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute)).AddMinutes(1);
        await host.SetClockAsync(t0);
        await phone.SendAsync(phone.ShiftStart(t0), Readings(phone.Fix("heartbeat", t0, Phone.BaseLat, Phone.BaseLon), 90, -80));
        await host.SetClockAsync(t0.AddMinutes(9));
        await phone.SendAsync([.. phone.Active(t0.AddMinutes(9)), Readings(phone.Event("heartbeat", t0.AddMinutes(9)), 85, -95)]);
        await host.SetClockAsync(t0.AddMinutes(45));
        return (phone, t0);
    }

    private static JsonObject Readings(JsonObject e, double battery, double signalDbm)
    {
        e["battery"] = battery;
        e["signalDbm"] = signalDbm;
        return e;
    }
}
