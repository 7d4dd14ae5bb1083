using System.Net;
using Microsoft.Extensions.Options;
using Monitoring.Server.Auth;
using Monitoring.Server.Hosting;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Telemetry;

/// <summary>
/// A key bound to a device-id prefix speaks only for those devices: an event for any other device
/// of the tenant is rejected per event and changes nothing (a forged seq cannot make the victim's
/// real events look like duplicates).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TelemetryDevicePrefixTests(ApiHostFixture host)
{
    private HttpClient Prefixed => host.Client(ApiHostFixture.PrefixedDeviceKey);

    [Fact]
    public async Task Telemetry_PrefixedKey_ForeignDeviceRejectedOwnAccepted()
    {
        var now = await host.NowAsync();
        var victim = new Phone(host);
        var real = victim.Event("heartbeat", now.AddSeconds(-10));
        real["battery"] = 50.0;
        await victim.SendAsync(real);
        var own = Fresh.Id("site7");
        var forged = victim.Event("heartbeat", now);
        forged["seq"] = long.MaxValue;
        forged["battery"] = 3.0;

        var result = await (await Prefixed.PostJsonAsync("api/v1/telemetry", Batch(Heartbeat(own, 1, now, 80), forged)))
            .JsonAsync(HttpStatusCode.Accepted);

        Assert.Equal(1, result.Int("accepted"));
        var rejected = Assert.Single(result.Items("rejected"));
        Assert.Equal(1, rejected.Int("index"));
        Assert.Equal("deviceId", rejected.Str("field"));
        Assert.Equal("deviceId: this key may only send for devices starting with 'site7-'", rejected.Str("error"));
        var state = await host.Admin().GetJsonAsync($"api/v1/devices/{victim.DeviceId}");
        Assert.Equal(50.0, state.GetProperty("battery").GetDouble());
        Assert.Equal(1, state.GetProperty("eventsAccepted").GetInt64());
        Assert.Equal(now.AddSeconds(-10), state.Time("lastSeenAt"));
        Assert.Equal(80.0, (await host.Admin().GetJsonAsync($"api/v1/devices/{own}")).GetProperty("battery").GetDouble());
    }

    [Fact]
    public async Task Telemetry_PrefixedKeyForgery_VictimsNextSeqStillCounts()
    {
        var now = await host.NowAsync();
        var victim = new Phone(host);
        var forged = victim.Event("heartbeat", now);
        forged["seq"] = long.MaxValue;
        await Prefixed.PostJsonAsync("api/v1/telemetry", Batch(forged));

        var result = await victim.SendAsync(victim.Event("heartbeat", now));

        Assert.Equal(1, result.Int("accepted"));
        Assert.Equal(0, result.Int("duplicates"));
    }

    [Fact]
    public async Task Telemetry_UnprefixedDeviceKey_SpeaksForAnyDeviceOfItsTenant()
    {
        var now = await host.NowAsync();
        var own = Fresh.Id("site7");
        var other = Fresh.Id("site8");

        var result = await (await host.Device().PostJsonAsync("api/v1/telemetry", Batch(Heartbeat(own, 1, now, 70), Heartbeat(other, 1, now, 70))))
            .JsonAsync(HttpStatusCode.Accepted);

        Assert.Equal(2, result.Int("accepted"));
    }

    [Theory]
    [InlineData("site 7")]
    [InlineData("t1/")]
    [InlineData("x123456789x123456789x123456789x123456789x123456789x123456789abcd")]
    public void ApiKeyStore_DevicePrefixNoDeviceIdCanStartWith_RefusesToStart(string prefix)
    {
        var options = new MonitoringOptions { ApiKeys = [new ApiKeyOptions { Key = "k-1234", Tenant = "t", Role = Roles.Device, DevicePrefix = prefix }] };

        var e = Assert.Throws<InvalidOperationException>(() => new ApiKeyStore(Options.Create(options)));

        Assert.Contains("DevicePrefix", e.Message, StringComparison.Ordinal);
    }

    private static object Batch(params object[] events) => new { events };

    private static object Heartbeat(string deviceId, long seq, DateTimeOffset ts, double battery) =>
        new { deviceId, seq, ts = Iso.Of(ts), type = "heartbeat", battery };
}
