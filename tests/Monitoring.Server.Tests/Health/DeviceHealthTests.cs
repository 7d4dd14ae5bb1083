using System.Text.Json;
using System.Text.Json.Nodes;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Health;

/// <summary>Device-health rules through the API: one alert per problem, severity rising, offline noticed without a message.</summary>
[Collection(HealthCollection.Name)]
public sealed class DeviceHealthTests(HealthHostFixture host)
{
    [Fact]
    public async Task Battery_LowThenCritical_OneAlertWhoseSeverityRises()
    {
        var phone = new Phone(host) { SiteId = await host.PutSiteAsync() };
        var now = await host.NowAsync();
        await phone.StartShiftAsync(now.AddMinutes(-1));

        await phone.SendAsync(Heartbeat(phone, now.AddSeconds(-50), 18), Heartbeat(phone, now.AddSeconds(-40), 17));
        var low = Assert.Single(await BatteryAlertsAsync(phone));
        await phone.SendAsync(Heartbeat(phone, now.AddSeconds(-30), 8));
        var critical = Assert.Single(await BatteryAlertsAsync(phone));

        Assert.Equal("battery_low", low.Str("type"));
        Assert.Equal("medium", low.Str("severity"));
        Assert.Equal(low.Str("alertId"), critical.Str("alertId"));
        Assert.Equal("critical", critical.Str("severity"));
    }

    [Fact]
    public async Task Device_SilentForTenMinutesOnShift_OfflineAlertWithoutAnyMessage_ClearsOnNextEvent()
    {
        var phone = new Phone(host) { SiteId = await host.PutSiteAsync() };
        var start = await host.NowAsync();
        await phone.StartShiftAsync(start);

        await host.SetClockAsync(start.AddMinutes(9));
        Assert.Empty(await AlertsOfTypeAsync(phone, "device_offline"));
        await host.SetClockAsync(start.AddMinutes(10));
        var offline = Assert.Single(await AlertsOfTypeAsync(phone, "device_offline"));
        await phone.SendAsync(phone.Event("heartbeat", start.AddMinutes(11)));
        await host.SetClockAsync(start.AddMinutes(11));

        Assert.Equal("high", offline.Str("severity"));
        Assert.Equal(start.AddMinutes(10), offline.Time("raisedAt"));
        Assert.Equal("resolved", (await host.AlertAsync(offline.Str("alertId"))).Str("status"));
    }

    private static JsonObject Heartbeat(Phone phone, DateTimeOffset ts, double battery)
    {
        var e = phone.Event("heartbeat", ts);
        e["battery"] = battery;
        e["charging"] = false;
        return e;
    }

    private async Task<List<JsonElement>> BatteryAlertsAsync(Phone phone) =>
        [.. (await phone.AlertsAsync()).Where(a => a.Str("type").StartsWith("battery_", StringComparison.Ordinal))];

    private async Task<List<JsonElement>> AlertsOfTypeAsync(Phone phone, string type) =>
        [.. (await phone.AlertsAsync()).Where(a => a.Str("type") == type)];
}
