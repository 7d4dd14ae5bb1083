using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Health;

/// <summary>
/// The guard-level rules through the API on the manual clock: geofence exit, two phones under one
/// identity, failed biometric attempts; and battery_shift_risk against the planned shift end.
/// </summary>
[Collection(HealthCollection.Name)]
public sealed class GuardRuleTests(HealthHostFixture host)
{
    /// <summary>About 1 km north of the site centre: outside the 500 m radius plus the 100 m buffer.</summary>
    private const double OutsideLat = Phone.BaseLat + 0.009;

    [Fact]
    public async Task Geofence_FixesOutsideForFiveMinutes_RaisesOnTheMinute_ClearsAfterTheHoldBackInside()
    {
        var phone = new Phone(host) { SiteId = await host.PutSiteAsync() };
        var t0 = await host.NowAsync();
        await phone.StartShiftAsync(t0);
        await phone.SendAsync(phone.Fix("location", t0, Phone.BaseLat, Phone.BaseLon));

        for (var minute = 1; minute <= 5; minute++)
        {
            await host.SetClockAsync(t0.AddMinutes(minute));
            await phone.SendAsync(phone.Fix("location", t0.AddMinutes(minute), OutsideLat, Phone.BaseLon));
            if (minute < 5)
            {
                Assert.Empty(await AlertsOfTypeAsync(phone, "geofence_exit"));
            }
        }

        await host.SetClockAsync(t0.AddMinutes(6));
        var alert = Assert.Single(await AlertsOfTypeAsync(phone, "geofence_exit"));
        Assert.Equal(t0.AddMinutes(6), alert.Time("raisedAt"));
        Assert.Equal("medium", alert.Str("severity"));
        Assert.True(alert.GetProperty("evidence").GetProperty("value").GetDouble() > 100);

        await phone.SendAsync(phone.Fix("location", t0.AddMinutes(6), Phone.BaseLat, Phone.BaseLon));
        await host.SetClockAsync(t0.AddMinutes(10));
        Assert.Equal("active", (await host.AlertAsync(alert.Str("alertId"))).Str("status"));
        await host.SetClockAsync(t0.AddMinutes(11));
        var cleared = await host.AlertAsync(alert.Str("alertId"));
        Assert.Equal(("resolved", "cleared"), (cleared.Str("status"), cleared.Str("resolution")));
        Assert.Single(await AlertsOfTypeAsync(phone, "geofence_exit"));
    }

    [Fact]
    public async Task Geofence_ShortExcursions_RaiseNothing()
    {
        var phone = new Phone(host) { SiteId = await host.PutSiteAsync() };
        var t0 = await host.NowAsync();
        await phone.StartShiftAsync(t0);
        for (var minute = 1; minute <= 12; minute++)
        {
            await host.SetClockAsync(t0.AddMinutes(minute));
            var lat = minute % 4 == 0 ? Phone.BaseLat : OutsideLat;
            await phone.SendAsync(phone.Fix("location", t0.AddMinutes(minute), lat, Phone.BaseLon));
        }

        Assert.Empty(await AlertsOfTypeAsync(phone, "geofence_exit"));
    }

    [Fact]
    public async Task SecondPhone_EventsUnderTheGuardsIdentityWithinTwoMinutes_OneCriticalAlertNamingIt_ClearsWhenItStops()
    {
        var phone = new Phone(host) { SiteId = await host.PutSiteAsync() };
        var other = new Phone(host);
        var t0 = await host.NowAsync();
        await phone.StartShiftAsync(t0);
        for (var minute = 1; minute <= 4; minute++)
        {
            await host.SetClockAsync(t0.AddMinutes(minute));
            await phone.SendAsync(phone.Event("heartbeat", t0.AddMinutes(minute).AddSeconds(-30)));
            await other.SendAsync(AsGuard(other.Event("heartbeat", t0.AddMinutes(minute)), phone.GuardId));
        }

        var alert = Assert.Single(await AlertsOfTypeAsync(phone, "concurrent_device"));
        Assert.Equal(("critical", other.DeviceId), (alert.Str("severity"), alert.Str("deviceId")));
        Assert.Equal(t0.AddMinutes(1), alert.Time("raisedAt"));

        // The second phone stops after t0+4: the gap passes 2 minutes just after t0+6, the first
        // evaluation to see it is the guard's heartbeat at t0+7, and the 10-minute hold ends at t0+17.
        for (var minute = 5; minute <= 16; minute++)
        {
            await host.SetClockAsync(t0.AddMinutes(minute));
            await phone.SendAsync(phone.Event("heartbeat", t0.AddMinutes(minute)));
        }

        Assert.Equal("active", (await host.AlertAsync(alert.Str("alertId"))).Str("status"));
        await host.SetClockAsync(t0.AddMinutes(17));
        Assert.Equal("resolved", (await host.AlertAsync(alert.Str("alertId"))).Str("status"));
    }

    [Fact]
    public async Task OnePhone_ManyEvents_IsNeverConcurrent()
    {
        var phone = new Phone(host) { SiteId = await host.PutSiteAsync() };
        var t0 = await host.NowAsync();
        await phone.StartShiftAsync(t0);
        for (var minute = 1; minute <= 5; minute++)
        {
            await host.SetClockAsync(t0.AddMinutes(minute));
            await phone.SendAsync(phone.Event("heartbeat", t0.AddMinutes(minute)), phone.Event("phone", t0.AddMinutes(minute)));
        }

        Assert.Empty(await AlertsOfTypeAsync(phone, "concurrent_device"));
    }

    [Fact]
    public async Task Biometric_ThreeFailuresInTenMinutes_OneHighAlert_TwoOrSpreadOutRaiseNothing()
    {
        var phone = new Phone(host) { SiteId = await host.PutSiteAsync() };
        var t0 = await host.NowAsync();
        await phone.StartShiftAsync(t0);

        await host.SetClockAsync(t0.AddMinutes(12));
        await phone.SendAsync(Biometric(phone, t0.AddMinutes(1), false), Biometric(phone, t0.AddMinutes(2), false), Biometric(phone, t0.AddMinutes(12), false));
        Assert.Empty(await AlertsOfTypeAsync(phone, "biometric_failures"));

        await host.SetClockAsync(t0.AddMinutes(15));
        await phone.SendAsync(Biometric(phone, t0.AddMinutes(14), true), Biometric(phone, t0.AddMinutes(15), false));
        Assert.Empty(await AlertsOfTypeAsync(phone, "biometric_failures"));

        await host.SetClockAsync(t0.AddMinutes(16));
        await phone.SendAsync(Biometric(phone, t0.AddMinutes(16), false));
        var alert = Assert.Single(await AlertsOfTypeAsync(phone, "biometric_failures"));
        Assert.Equal(("high", 3d), (alert.Str("severity"), alert.GetProperty("evidence").GetProperty("value").GetDouble()));

        await host.SetClockAsync(t0.AddMinutes(17));
        await phone.SendAsync(Biometric(phone, t0.AddMinutes(17), false));
        Assert.Single(await AlertsOfTypeAsync(phone, "biometric_failures"));
    }

    [Fact]
    public async Task Battery_EmptyBeforeThePlannedShiftEnd_ShiftRiskAlertAndForecastOnTheDevice()
    {
        var phone = new Phone(host) { SiteId = await host.PutSiteAsync() };
        var t0 = await host.NowAsync();
        var start = phone.ShiftStart(t0);
        start["shiftEndsAt"] = Iso.Of(t0.AddHours(8));
        await phone.SendAsync(start);

        // 90 % draining 15 %/h: empty after 6 h, two hours before the end.
        for (var minute = 0; minute <= 20; minute += 5)
        {
            await host.SetClockAsync(t0.AddMinutes(minute));
            await phone.SendAsync(Battery(phone, t0.AddMinutes(minute), 90 - (minute * 0.25)));
            if (minute < 20)
            {
                Assert.Empty(await AlertsOfTypeAsync(phone, "battery_shift_risk"));
            }
        }

        var alert = Assert.Single(await AlertsOfTypeAsync(phone, "battery_shift_risk"));
        Assert.Equal(("high", t0.AddMinutes(20)), (alert.Str("severity"), alert.Time("raisedAt")));
        var margin = alert.GetProperty("evidence").GetProperty("value").GetDouble();
        Assert.InRange(margin, -125, -115);
        var device = await phone.DeviceAsync();
        Assert.InRange(device.GetProperty("drainPctPerHour").GetDouble(), 14.5, 15.5);
        Assert.InRange(device.Time("predictedEmptyAt"), t0.AddHours(6).AddMinutes(-5), t0.AddHours(6).AddMinutes(5));
    }

    [Fact]
    public async Task Battery_LastingPastTheShiftEnd_NoShiftRisk_DefaultShiftLengthWhenNoneIsGiven()
    {
        var phone = new Phone(host) { SiteId = await host.PutSiteAsync() };
        var t0 = await host.NowAsync();
        await phone.StartShiftAsync(t0);

        // 90 % draining 6 %/h lasts 15 h, beyond the default 8-hour shift.
        for (var minute = 0; minute <= 30; minute += 5)
        {
            await host.SetClockAsync(t0.AddMinutes(minute));
            await phone.SendAsync(Battery(phone, t0.AddMinutes(minute), 90 - (minute * 0.1)));
        }

        Assert.Empty(await AlertsOfTypeAsync(phone, "battery_shift_risk"));
    }

    [Fact]
    public async Task ShiftEndsAt_OnAnotherTypeOrBeforeTs_IsRejectedNamingIt()
    {
        var phone = new Phone(host) { SiteId = await host.PutSiteAsync() };
        var t0 = await host.NowAsync();
        var early = phone.ShiftStart(t0);
        early["shiftEndsAt"] = Iso.Of(t0.AddMinutes(-1));
        var misplaced = phone.Event("heartbeat", t0);
        misplaced["shiftEndsAt"] = Iso.Of(t0.AddHours(8));

        var result = await phone.TrySendAsync(early, misplaced);

        var rejected = result.GetProperty("rejected").EnumerateArray().Select(r => r.Str("error")).ToList();
        Assert.Equal(2, rejected.Count);
        Assert.All(rejected, r => Assert.StartsWith("shiftEndsAt", r, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Viewer().GetAsync($"api/v1/guards/{phone.GuardId}")).StatusCode);
    }

    [Fact]
    public async Task RuleChangedForOneSite_AppliesFromTheNextEvaluationThere_AndNowhereElse()
    {
        var changed = new Phone(host) { SiteId = await host.PutSiteAsync() };
        var untouched = new Phone(host) { SiteId = await host.PutSiteAsync() };
        var t0 = await host.NowAsync();
        await changed.StartShiftAsync(t0);
        await untouched.StartShiftAsync(t0);
        await changed.SendAsync(Battery(changed, t0, 45));
        await untouched.SendAsync(Battery(untouched, t0, 45));
        Assert.Empty(await AlertsOfTypeAsync(changed, "battery_low"));

        var row = new JsonObject { ["threshold"] = 50, ["durationS"] = 0, ["severity"] = "medium", ["slaS"] = 900, ["siteId"] = changed.SiteId };
        await (await host.Admin().PutJsonAsync("api/v1/rules/battery_low", row)).JsonAsync(HttpStatusCode.OK);
        await host.SetClockAsync(t0.AddMinutes(1));
        await changed.SendAsync(Battery(changed, t0.AddMinutes(1), 45));
        await untouched.SendAsync(Battery(untouched, t0.AddMinutes(1), 45));

        var alert = Assert.Single(await AlertsOfTypeAsync(changed, "battery_low"));
        Assert.Equal(50d, alert.GetProperty("evidence").GetProperty("threshold").GetDouble());
        Assert.Empty(await AlertsOfTypeAsync(untouched, "battery_low"));
    }

    private static JsonObject AsGuard(JsonObject e, string guardId)
    {
        e["guardId"] = guardId;
        return e;
    }

    private static JsonObject Biometric(Phone phone, DateTimeOffset ts, bool success)
    {
        var e = phone.Event("biometric", ts);
        e["success"] = success;
        return e;
    }

    private static JsonObject Battery(Phone phone, DateTimeOffset ts, double percent)
    {
        var e = phone.Event("heartbeat", ts);
        e["battery"] = percent;
        e["charging"] = false;
        return e;
    }

    private async Task<List<JsonElement>> AlertsOfTypeAsync(Phone phone, string type) =>
        [.. (await phone.AlertsAsync()).Where(a => a.Str("type") == type)];
}
