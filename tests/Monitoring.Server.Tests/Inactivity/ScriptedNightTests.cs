using System.Net;
using System.Text.Json.Nodes;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Inactivity;

/// <summary>
/// The acceptance night: a Paris site, two guards on shift from 23:00 local, both active until
/// 01:00; then guard A's phone only sends heartbeats (lying still) while guard B keeps patrolling.
/// The clock moves a minute at a time and each phone posts that minute's events, as devices do.
/// </summary>
[Collection(NightCollection.Name)]
public sealed class ScriptedNightTests(NightHostFixture host)
{
    private static readonly DateTimeOffset Evening = new(2026, 11, 26, 22, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DeepNight = Evening.AddHours(2);

    [Fact]
    public async Task Night_GuardSleepsFromOneAm_OneCriticalAlertForHimNoneForTheOther()
    {
        var siteId = await host.PutSiteAsync("Europe/Paris");
        var a = new Phone(host) { SiteId = siteId };
        var b = new Phone(host) { SiteId = siteId };
        await host.SetClockAsync(Evening);
        await a.StartShiftAsync(Evening);
        await b.StartShiftAsync(Evening);

        await PlayAsync(a, b, Evening.AddMinutes(1), DeepNight);
        Assert.Empty((await host.Viewer().GetJsonAsync($"api/v1/alerts?siteId={siteId}")).Items());
        Assert.False((await a.GuardAsync()).GetProperty("lastEvaluation").Bool("isInactive"));

        await PlayAsync(a, b, DeepNight.AddMinutes(1), DeepNight.AddMinutes(29));
        Assert.Empty((await host.Viewer().GetJsonAsync($"api/v1/alerts?siteId={siteId}")).Items());

        await PlayAsync(a, b, DeepNight.AddMinutes(30), DeepNight.AddMinutes(37));

        var alert = Assert.Single(await a.AlertsAsync());
        Assert.Empty(await b.AlertsAsync());
        Assert.Equal("inactivity", alert.Str("type"));
        Assert.Equal("critical", alert.Str("severity"));
        Assert.Equal("active", alert.Str("status"));
        Assert.Equal(DeepNight.AddMinutes(30), alert.Time("raisedAt"));
        Assert.True(alert.GetProperty("evidence").Bool("isDeepNight"));
        Assert.Equal(0.0, alert.GetProperty("evidence").GetProperty("movementM").GetDouble());

        var sleeper = await a.GuardAsync();
        Assert.True(sleeper.Bool("isInactive"));
        Assert.True(sleeper.Bool("isDeepNight"));
        Assert.True(sleeper.Int("consecutiveInactiveWindows") >= 1);
        Assert.Equal("critical", sleeper.Str("severity"));
        Assert.Equal(alert.Str("alertId"), Assert.Single(sleeper.Items("activeAlerts")).Str("alertId"));

        var patrol = await b.GuardAsync();
        Assert.False(patrol.Bool("isInactive"));
        Assert.True(patrol.Bool("isDeepNight"));
        Assert.Equal(0, patrol.Int("consecutiveInactiveWindows"));
        Assert.Empty(patrol.Items("activeAlerts"));

        var site = await host.Viewer().GetJsonAsync($"api/v1/sites/{siteId}");
        Assert.Equal(2, site.Int("guardsOnShift"));
        Assert.Equal(1, site.Int("inactiveGuards"));
        Assert.Equal(1, site.GetProperty("activeAlerts").Int("critical"));

        var id = alert.Str("alertId");
        var verifying = await (await host.ActAsync(id, "verify", new { method = "call", response = "no answer after 6 rings", by = "noc-op-7" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("verifying", verifying.Str("status"));
        Assert.Equal("no answer after 6 rings", Assert.Single(verifying.Items("verifications")).Str("response"));

        var resolved = await (await host.ActAsync(id, "resolve", new { by = "noc-sup-2", resolution = "confirmed", notes = "found asleep by the supervisor" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("resolved", resolved.Str("status"));
        Assert.Equal("confirmed", resolved.Str("resolution"));
        Assert.Equal("noc-sup-2", resolved.Str("resolvedBy"));

        await PlayAsync(a, b, DeepNight.AddMinutes(38), DeepNight.AddMinutes(75));

        var after = Assert.Single(await a.AlertsAsync());
        Assert.Equal(id, after.Str("alertId"));
        Assert.Equal("resolved", after.Str("status"));
        Assert.Empty(await b.AlertsAsync());
    }

    /// <summary>Moves the clock minute by minute from <paramref name="from"/> to <paramref name="to"/>, each phone posting that minute.</summary>
    private async Task PlayAsync(Phone a, Phone b, DateTimeOffset from, DateTimeOffset to)
    {
        for (var t = from; t <= to; t = t.AddMinutes(1))
        {
            await host.SetClockAsync(t);
            var minute = (int)(t - Evening).TotalMinutes;
            await a.SendAsync(t < DeepNight ? Patrol(a, t, minute, laneLat: 0) : Still(a, t, minute));
            await b.SendAsync(Patrol(b, t, minute, laneLat: 0.0005));
        }
    }

    /// <summary>A guard on patrol: a fix every minute along a 300 m lane, phone use, tasks and checkpoints every few minutes.</summary>
    private static JsonObject[] Patrol(Phone phone, DateTimeOffset t, int minute, double laneLat)
    {
        var k = minute % 20;
        var step = k <= 10 ? k : 20 - k;
        var events = new List<JsonObject>
        {
            Heartbeat(phone, t.AddSeconds(-30), minute),
            phone.Fix("location", t.AddSeconds(-5), Phone.BaseLat + laneLat, Phone.BaseLon + (step * Phone.StepLon), accuracyM: 6),
        };
        if (minute % 3 == 0)
        {
            events.Add(phone.Event("phone", t.AddSeconds(-20)));
        }

        if (minute % 5 == 1)
        {
            var task = phone.Event("task", t.AddSeconds(-15));
            task["taskId"] = $"task-{minute}";
            events.Add(task);
        }

        if (minute % 4 == 2)
        {
            var checkpoint = phone.Event("checkpoint", t.AddSeconds(-10));
            checkpoint["checkpointId"] = $"cp-{minute % 8}";
            events.Add(checkpoint);
        }

        events.Add(Heartbeat(phone, t, minute));
        return [.. events];
    }

    /// <summary>A phone lying on a desk: heartbeats every 30 s whose fixes wander within their accuracy.</summary>
    private static JsonObject[] Still(Phone phone, DateTimeOffset t, int minute)
    {
        var jitter = 0.00002 * ((minute % 3) - 1);
        var first = Heartbeat(phone, t.AddSeconds(-30), minute);
        first["lat"] = Phone.BaseLat + jitter;
        first["lon"] = Phone.BaseLon - jitter;
        first["accuracyM"] = 12.0;
        return [first, Heartbeat(phone, t, minute)];
    }

    private static JsonObject Heartbeat(Phone phone, DateTimeOffset ts, int minute)
    {
        var e = phone.Event("heartbeat", ts);
        e["battery"] = 95.0 - (minute * 0.1);
        e["charging"] = false;
        e["signalDbm"] = -80.0;
        e["network"] = "lte";
        return e;
    }
}
