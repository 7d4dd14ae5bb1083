using System.Net;
using System.Text.Json.Nodes;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Telemetry;

[Collection(ApiCollection.Name)]
public sealed class TelemetryBatchShapeTests(ApiHostFixture host)
{
    [Fact]
    public async Task Telemetry_ValidBatch_Is202WithCounts()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);

        var result = await phone.SendAsync([phone.ShiftStart(now.AddMinutes(-3)), .. phone.Active(now)]);

        Assert.Equal(6, result.Int("accepted"));
        Assert.Equal(0, result.Int("duplicates"));
        Assert.Empty(result.Items("rejected"));
    }

    [Fact]
    public async Task Telemetry_AdminKey_MayIngest()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var body = new JsonObject { ["events"] = new JsonArray(phone.Event("heartbeat", now)) };

        var result = await (await host.Admin().PostJsonAsync("api/v1/telemetry", body)).JsonAsync(HttpStatusCode.Accepted);

        Assert.Equal(1, result.Int("accepted"));
    }

    [Theory]
    [InlineData("{\"events\": [")]
    [InlineData("{\"events\": [{\"deviceId\": \"d\",}]}")]
    [InlineData("not json at all")]
    [InlineData("{\"events\": []} trailing")]
    [InlineData("")]
    public async Task Telemetry_MalformedJson_Is400Problem(string body)
    {
        var response = await host.Device().PostRawAsync("api/v1/telemetry", body);

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"events\": 5}")]
    [InlineData("{\"events\": {}}")]
    [InlineData("{\"events\": null}")]
    [InlineData("{\"events\": \"many\"}")]
    [InlineData("[]")]
    [InlineData("[{\"deviceId\": \"d\", \"seq\": 1, \"type\": \"heartbeat\"}]")]
    [InlineData("\"events\"")]
    [InlineData("42")]
    [InlineData("{\"events\": [], \"events\": []}")]
    public async Task Telemetry_BodyNotABatch_Is400Problem(string body)
    {
        var response = await host.Device().PostRawAsync("api/v1/telemetry", body);

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Telemetry_MalformedAfterValidEvents_AppliesNothing()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var events = new JsonArray(phone.ShiftStart(now), phone.Event("phone", now)).ToJsonString();

        var response = await host.Device().PostRawAsync("api/v1/telemetry", "{\"events\": " + events + ", \"more\": }");

        await response.ProblemAsync(HttpStatusCode.BadRequest);
        await (await host.Viewer().GetAsync($"api/v1/devices/{phone.DeviceId}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Viewer().GetAsync($"api/v1/guards/{phone.GuardId}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Telemetry_EventNotAnObject_RejectsOnlyThatEvent()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var body = new JsonObject
        {
            ["events"] = new JsonArray(phone.Event("heartbeat", now), 5, "phone", new JsonArray(), phone.Event("heartbeat", now)),
        };

        var result = await (await host.Device().PostJsonAsync("api/v1/telemetry", body)).JsonAsync(HttpStatusCode.Accepted);

        Assert.Equal(2, result.Int("accepted"));
        Assert.Equal([1, 2, 3], result.Items("rejected").Select(r => r.Int("index")));
    }

    [Fact]
    public async Task Telemetry_EmptyEventsArray_Is202WithNothingCounted()
    {
        var result = await (await host.Device().PostRawAsync("api/v1/telemetry", "{\"events\": []}")).JsonAsync(HttpStatusCode.Accepted);

        Assert.Equal(0, result.Int("accepted"));
        Assert.Equal(0, result.Int("duplicates"));
        Assert.Empty(result.Items("rejected"));
    }

    [Fact]
    public async Task Telemetry_UnknownFields_AreIgnored()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var e = phone.Event("heartbeat", now);
        e["firmware"] = "1.2.3";
        e["extra"] = new JsonObject { ["nested"] = new JsonArray(1, 2) };

        var result = await phone.SendAsync(e);

        Assert.Equal(1, result.Int("accepted"));
    }
}
