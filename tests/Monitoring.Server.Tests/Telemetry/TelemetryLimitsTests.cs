using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Telemetry;

/// <summary>At most 5000 events and 4 MiB: over either limit is 413 and nothing of the batch applies.</summary>
[Collection(ApiCollection.Name)]
public sealed class TelemetryLimitsTests(ApiHostFixture host)
{
    private const int MaxBytes = 4 * 1024 * 1024;

    [Fact]
    public async Task Telemetry_5000Events_AreAccepted()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);

        var result = await phone.SendAsync([.. Enumerable.Range(0, 5000).Select(i => phone.Event("heartbeat", now.AddMilliseconds(i - 5000)))]);

        Assert.Equal(5000, result.Int("accepted"));
        Assert.Empty(result.Items("rejected"));
    }

    [Fact]
    public async Task Telemetry_5001Events_Is413AndNothingApplied()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var body = new JsonObject
        {
            ["events"] = new JsonArray([phone.ShiftStart(now.AddMinutes(-1)), .. Enumerable.Range(0, 5000).Select(_ => phone.Event("phone", now))]),
        };

        var response = await host.Device().PostJsonAsync("api/v1/telemetry", body);

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await host.Viewer().GetAsync($"api/v1/devices/{phone.DeviceId}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Viewer().GetAsync($"api/v1/guards/{phone.GuardId}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Telemetry_TwoEventsArraysOverTheLimitTogether_Is400AndNothingApplied()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var first = new JsonArray([.. Enumerable.Range(0, 5000).Select(_ => phone.Event("heartbeat", now))]).ToJsonString();
        var second = new JsonArray([.. Enumerable.Range(0, 5000).Select(_ => phone.Event("heartbeat", now))]).ToJsonString();

        var response = await host.Device().PostRawAsync("api/v1/telemetry", "{\"events\": " + first + ", \"events\": " + second + "}");

        await response.ProblemAsync(HttpStatusCode.BadRequest);
        await (await host.Viewer().GetAsync($"api/v1/devices/{phone.DeviceId}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Telemetry_BodyOver4MiB_Is413AndNothingApplied()
    {
        var phone = new Phone(host);
        var json = await OversizedBatchAsync(phone);

        var response = await host.Device().PostAsync("api/v1/telemetry", new StringContent(json, Encoding.UTF8, "application/json"));

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await host.Viewer().GetAsync($"api/v1/devices/{phone.DeviceId}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Telemetry_ChunkedBodyOver4MiB_Is413AndNothingApplied()
    {
        var phone = new Phone(host);
        var json = await OversizedBatchAsync(phone);
        using var content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new("application/json");

        var response = await host.Device().PostAsync("api/v1/telemetry", content);

        Assert.Null(response.RequestMessage!.Content!.Headers.ContentLength);
        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await host.Viewer().GetAsync($"api/v1/devices/{phone.DeviceId}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Telemetry_BodyJustUnder4MiB_IsAccepted()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var head = new JsonArray(phone.Event("heartbeat", now)).ToJsonString();
        var frame = "{\"events\": " + head + ", \"padding\": \"\"}";
        var json = frame.Insert(frame.Length - 2, new string('x', MaxBytes - frame.Length));

        var response = await host.Device().PostAsync("api/v1/telemetry", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(MaxBytes, Encoding.UTF8.GetByteCount(json));
        Assert.Equal(1, (await response.JsonAsync(HttpStatusCode.Accepted)).Int("accepted"));
    }

    private async Task<string> OversizedBatchAsync(Phone phone)
    {
        var now = await host.NowAsync();
        var events = new JsonArray(phone.ShiftStart(now), phone.Event("phone", now)).ToJsonString();
        return "{\"events\": " + events + ", \"padding\": \"" + new string('x', MaxBytes) + "\"}";
    }
}
