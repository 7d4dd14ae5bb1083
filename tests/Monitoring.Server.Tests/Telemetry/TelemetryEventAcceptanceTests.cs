using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Telemetry;

/// <summary>Events at the very edge of each rule, and every event type, are accepted.</summary>
[Collection(ApiCollection.Name)]
public sealed class TelemetryEventAcceptanceTests(ApiHostFixture host)
{
    [Theory]
    [InlineData("""{"seq": 0}""")]
    [InlineData("""{"battery": 0, "batteryTempC": -40, "signalDbm": -150, "memoryPct": 0, "steps": 0}""")]
    [InlineData("""{"battery": 100, "charging": true, "batteryTempC": 100, "signalDbm": 0, "memoryPct": 100}""")]
    [InlineData("""{"lat": 90, "lon": 180, "accuracyM": 0}""")]
    [InlineData("""{"lat": -90, "lon": -180}""")]
    [InlineData("""{"type": "biometric", "success": false}""")]
    [InlineData("""{"network": "lte", "checkpointId": "cp-7", "taskId": "task-3"}""")]
    [InlineData("""{"deviceId": "A-z_0.9:x"}""")]
    [InlineData("""{"ts": "2026-11-24T10:59:00+01:00"}""")]
    public async Task Telemetry_EventAtRuleEdge_IsAccepted(string patch)
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var e = phone.Event("heartbeat", now).With(patch);
        if (e["deviceId"]!.GetValue<string>() != phone.DeviceId)
        {
            e["deviceId"] = e["deviceId"]!.GetValue<string>() + Fresh.Id("d");
        }

        var result = await phone.SendAsync(e);

        Assert.Empty(result.Items("rejected"));
        Assert.Equal(1, result.Int("accepted"));
    }

    [Theory]
    [InlineData("heartbeat")]
    [InlineData("location")]
    [InlineData("phone")]
    [InlineData("task")]
    [InlineData("checkpoint")]
    [InlineData("biometric")]
    [InlineData("shift_end")]
    [InlineData("break_start")]
    [InlineData("break_end")]
    public async Task Telemetry_EachEventType_IsAccepted(string type)
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);

        var result = await phone.SendAsync(phone.ShiftStart(now.AddMinutes(-1)), phone.Event(type, now));

        Assert.Equal(2, result.Int("accepted"));
        Assert.Empty(result.Items("rejected"));
    }
}
