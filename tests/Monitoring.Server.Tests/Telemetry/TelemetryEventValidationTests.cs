using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Telemetry;

/// <summary>Every rule of the docs/api.md Event table: the bad event is rejected by index and field, the others still count.</summary>
[Collection(ApiCollection.Name)]
public sealed class TelemetryEventValidationTests(ApiHostFixture host)
{
    private const string LongId = "x123456789x123456789x123456789x123456789x123456789x123456789abcde";

    [Theory]
    [InlineData("""{"deviceId": null}""", "deviceId")]
    [InlineData("""{"deviceId": ""}""", "deviceId")]
    [InlineData("""{"deviceId": "has space"}""", "deviceId")]
    [InlineData("""{"deviceId": "t1/phone"}""", "deviceId")]
    [InlineData("""{"deviceId": "phone#1"}""", "deviceId")]
    [InlineData("""{"deviceId": "é"}""", "deviceId")]
    [InlineData("""{"deviceId": 42}""", "deviceId")]
    [InlineData("""{"seq": null}""", "seq")]
    [InlineData("""{"seq": -1}""", "seq")]
    [InlineData("""{"seq": "7"}""", "seq")]
    [InlineData("""{"seq": 1.5}""", "seq")]
    [InlineData("""{"seq": 1e30}""", "seq")]
    [InlineData("""{"ts": null}""", "ts")]
    [InlineData("""{"ts": "yesterday"}""", "ts")]
    [InlineData("""{"ts": 1790000000}""", "ts")]
    [InlineData("""{"type": null}""", "type")]
    [InlineData("""{"type": "nap"}""", "type")]
    [InlineData("""{"type": ""}""", "type")]
    [InlineData("""{"type": true}""", "type")]
    [InlineData("""{"type": "shift_start", "siteId": "site-1"}""", "guardId")]
    [InlineData("""{"type": "shift_start", "guardId": "guard-1"}""", "siteId")]
    [InlineData("""{"guardId": "bad guard"}""", "guardId")]
    [InlineData("""{"guardId": 7}""", "guardId")]
    [InlineData("""{"battery": -1}""", "battery")]
    [InlineData("""{"battery": 100.5}""", "battery")]
    [InlineData("""{"battery": "50"}""", "battery")]
    [InlineData("""{"charging": "yes"}""", "charging")]
    [InlineData("""{"charging": 1}""", "charging")]
    [InlineData("""{"batteryTempC": -41}""", "batteryTempC")]
    [InlineData("""{"batteryTempC": 100.1}""", "batteryTempC")]
    [InlineData("""{"signalDbm": -151}""", "signalDbm")]
    [InlineData("""{"signalDbm": 1}""", "signalDbm")]
    [InlineData("""{"memoryPct": -0.1}""", "memoryPct")]
    [InlineData("""{"memoryPct": 101}""", "memoryPct")]
    [InlineData("""{"lat": 90.5, "lon": 2.35}""", "lat")]
    [InlineData("""{"lat": -91, "lon": 2.35}""", "lat")]
    [InlineData("""{"lat": 48.85, "lon": 180.5}""", "lon")]
    [InlineData("""{"lat": 48.85, "lon": -181}""", "lon")]
    [InlineData("""{"lat": 48.85}""", "lon")]
    [InlineData("""{"lon": 2.35}""", "lat")]
    [InlineData("""{"lat": "48.85", "lon": 2.35}""", "lat")]
    [InlineData("""{"accuracyM": -1}""", "accuracyM")]
    [InlineData("""{"accuracyM": "good"}""", "accuracyM")]
    [InlineData("""{"steps": -1}""", "steps")]
    [InlineData("""{"steps": 2.5}""", "steps")]
    [InlineData("""{"steps": "10"}""", "steps")]
    [InlineData("""{"success": "yes", "type": "biometric"}""", "success")]
    [InlineData("""{"success": true}""", "success")]
    [InlineData("""{"network": 4}""", "network")]
    [InlineData("""{"checkpointId": 12}""", "checkpointId")]
    [InlineData("""{"taskId": false}""", "taskId")]
    public async Task Telemetry_BadEvent_RejectedByIndexAndFieldOthersCount(string patch, string field)
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var first = phone.Event("heartbeat", now.AddSeconds(-2));
        first["battery"] = 50.0;
        var bad = phone.Event("heartbeat", now.AddSeconds(-1)).With(patch);
        var last = phone.Event("phone", now);

        var result = await phone.TrySendAsync(first, bad, last);

        Assert.Equal(2, result.Int("accepted"));
        Assert.Equal(0, result.Int("duplicates"));
        var rejected = Assert.Single(result.Items("rejected"));
        Assert.Equal(1, rejected.Int("index"));
        Assert.Equal(field, rejected.Str("field"));
        Assert.Contains(field, rejected.Str("error"), StringComparison.Ordinal);

        var device = await phone.DeviceAsync();
        Assert.Equal(2, device.GetProperty("eventsAccepted").GetInt64());
        Assert.Equal(50.0, device.GetProperty("battery").GetDouble());

        var retry = await phone.SendAsync(phone.Event("heartbeat", now).With("""{"seq": 2}"""));
        Assert.Equal(1, retry.Int("accepted"));
        Assert.Equal(0, retry.Int("duplicates"));
    }

    [Fact]
    public async Task Telemetry_DeviceIdOf65Chars_IsRejected()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);

        var result = await phone.TrySendAsync(phone.Event("heartbeat", now).With($$"""{"deviceId": "{{LongId}}"}"""));

        Assert.Equal("deviceId", Assert.Single(result.Items("rejected")).Str("field"));
        Assert.Equal(0, result.Int("accepted"));
    }

    [Fact]
    public async Task Telemetry_TsOverFiveMinutesAhead_IsRejectedAtFiveMinutesAccepted()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);

        var result = await phone.TrySendAsync(
            phone.Event("heartbeat", now.AddMinutes(5)),
            phone.Event("heartbeat", now.AddMinutes(5).AddSeconds(1)),
            phone.Event("heartbeat", now.AddHours(2)));

        Assert.Equal(1, result.Int("accepted"));
        Assert.Equal([1, 2], result.Items("rejected").Select(r => r.Int("index")));
        Assert.All(result.Items("rejected"), r => Assert.Equal("ts", r.Str("field")));
    }

    [Fact]
    public async Task Telemetry_RejectedShiftStart_ChangesNothing()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var shift = phone.ShiftStart(now);
        shift.Remove("siteId");

        var result = await phone.TrySendAsync(shift);

        Assert.Equal("siteId", Assert.Single(result.Items("rejected")).Str("field"));
        await (await host.Viewer().GetAsync($"api/v1/guards/{phone.GuardId}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Viewer().GetAsync($"api/v1/devices/{phone.DeviceId}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Telemetry_SeveralBadEvents_EachRejectedWithItsIndex()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);

        var result = await phone.TrySendAsync(
            phone.Event("heartbeat", now).With("""{"battery": 300}"""),
            phone.Event("heartbeat", now),
            phone.Event("heartbeat", now).With("""{"type": "dance"}"""),
            phone.Event("heartbeat", now).With("""{"lat": 10}"""));

        Assert.Equal(1, result.Int("accepted"));
        var rejected = result.Items("rejected");
        Assert.Equal([0, 2, 3], rejected.Select(r => r.Int("index")));
        Assert.Equal(["battery", "type", "lon"], rejected.Select(r => r.Str("field")));
    }
}
