using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Monitoring.Server.Tests.Fixtures;

/// <summary>One guard's phone in a test: a fresh device id, its own sequence numbers, and events posted with the device key.</summary>
public sealed class Phone(HostFixture host, string tenant = Keys.T1)
{
    /// <summary>About 30 m of longitude at the latitude of Paris.</summary>
    public const double StepLon = 0.0004;
    public const double BaseLat = 48.8566;
    public const double BaseLon = 2.3522;

    private long _seq;

    public string DeviceId { get; } = Fresh.Id("phone");
    public string GuardId { get; } = Fresh.Id("guard");
    public string SiteId { get; init; } = Fresh.Id("site");

    /// <summary>An event with the next sequence number.</summary>
    public JsonObject Event(string type, DateTimeOffset ts) => new()
    {
        ["deviceId"] = DeviceId,
        ["seq"] = ++_seq,
        ["ts"] = Iso.Of(ts),
        ["type"] = type,
    };

    public JsonObject ShiftStart(DateTimeOffset ts)
    {
        var e = Event("shift_start", ts);
        e["guardId"] = GuardId;
        e["siteId"] = SiteId;
        return e;
    }

    public JsonObject Fix(string type, DateTimeOffset ts, double lat, double lon, double accuracyM = 8)
    {
        var e = Event(type, ts);
        e["lat"] = lat;
        e["lon"] = lon;
        e["accuracyM"] = accuracyM;
        return e;
    }

    /// <summary>Every signal: phone use, a task, a checkpoint, and a 60 m walk over the last minute.</summary>
    public JsonObject[] Active(DateTimeOffset ts) =>
    [
        Fix("location", ts.AddMinutes(-1), BaseLat, BaseLon),
        Event("phone", ts),
        Event("task", ts),
        Event("checkpoint", ts),
        Fix("location", ts, BaseLat, BaseLon + (2 * StepLon)),
    ];

    /// <summary>Posts the events and asserts that none was rejected (a scenario's own mistake would otherwise go unseen).</summary>
    public async Task<JsonElement> SendAsync(params JsonObject[] events)
    {
        var result = await TrySendAsync(events);
        Assert.True(result.GetProperty("rejected").GetArrayLength() == 0, $"Rejected: {result}");
        return result;
    }

    /// <summary>Posts the events and returns the 202 body, rejections included.</summary>
    public async Task<JsonElement> TrySendAsync(params JsonObject[] events)
    {
        var body = new JsonObject { ["events"] = new JsonArray([.. events.Select(e => e.DeepClone())]) };
        return await (await host.Device(tenant).PostJsonAsync("api/v1/telemetry", body)).JsonAsync(HttpStatusCode.Accepted);
    }

    public Task<JsonElement> StartShiftAsync(DateTimeOffset ts) => SendAsync(ShiftStart(ts));

    public Task<JsonElement> GuardAsync() => host.Viewer(tenant).GetJsonAsync($"api/v1/guards/{GuardId}");

    public Task<JsonElement> DeviceAsync() => host.Viewer(tenant).GetJsonAsync($"api/v1/devices/{DeviceId}");

    /// <summary>The alerts of this guard, newest first.</summary>
    public async Task<JsonElement[]> AlertsAsync() =>
        (await host.Viewer(tenant).GetJsonAsync($"api/v1/alerts?guardId={GuardId}&limit=500")).Items();
}
