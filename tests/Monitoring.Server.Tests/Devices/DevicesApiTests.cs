using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Devices;

[Collection(ApiCollection.Name)]
public sealed class DevicesApiTests(ApiHostFixture host)
{
    [Fact]
    public async Task GetDevice_AfterTelemetry_ShowsLatestReadingsAndGuard()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var reading = phone.Fix("heartbeat", now.AddSeconds(-30), 48.8570, 2.3530, accuracyM: 6);
        reading["battery"] = 64.5;
        reading["charging"] = false;
        reading["batteryTempC"] = 31.0;
        reading["signalDbm"] = -85.0;
        reading["network"] = "lte";
        reading["memoryPct"] = 41.0;

        await phone.SendAsync(phone.ShiftStart(now.AddMinutes(-5)), reading);

        var device = await phone.DeviceAsync();
        Assert.Equal(phone.DeviceId, device.Str("deviceId"));
        Assert.Equal(phone.GuardId, device.Str("guardId"));
        Assert.Equal(now.AddSeconds(-30), device.Time("lastSeenAt"));
        Assert.True(device.Bool("online"));
        Assert.Equal(64.5, device.GetProperty("battery").GetDouble());
        Assert.False(device.Bool("charging"));
        Assert.Equal(-85.0, device.GetProperty("signalDbm").GetDouble());
        Assert.Equal(41.0, device.GetProperty("memoryPct").GetDouble());
        Assert.Equal(48.8570, device.GetProperty("lat").GetDouble());
        Assert.Equal(2.3530, device.GetProperty("lon").GetDouble());
        Assert.Equal(6.0, device.GetProperty("accuracyM").GetDouble());
        Assert.True(device.TryGetProperty("drainPctPerHour", out _));
        Assert.True(device.TryGetProperty("predictedEmptyAt", out _));
    }

    [Fact]
    public async Task GetDevice_LastEventOver10MinutesAgo_IsOffline()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);

        await phone.SendAsync(phone.Event("heartbeat", now.AddMinutes(-11)));

        Assert.False((await phone.DeviceAsync()).Bool("online"));
    }

    [Fact]
    public async Task GetDevice_Unknown_Is404Problem()
    {
        var response = await host.Viewer().GetAsync($"api/v1/devices/{Fresh.Id("phone")}");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }
}
