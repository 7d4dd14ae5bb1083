using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Telemetry;

/// <summary>
/// Ingest against the tenant's caps (two guards, three phones on this host): a shift start for a
/// guard beyond the cap and any event of a phone beyond it are rejected per event, naming the field,
/// and create nothing; the admitted guards and phones go on as before.
/// </summary>
[Collection(QuotaCollection.Name)]
public sealed class TelemetryQuotaTests(QuotaHostFixture host)
{
    [Fact]
    public async Task Telemetry_GuardsAndPhonesBeyondTheCaps_RejectedPerEventAndNothingCreated()
    {
        var now = await host.NowAsync();
        var phones = Enumerable.Range(0, 4).Select(_ => new Phone(host, Keys.T2)).ToList();
        await phones[0].SendAsync(phones[0].ShiftStart(now.AddMinutes(-2)));
        await phones[1].SendAsync(phones[1].ShiftStart(now.AddMinutes(-2)));

        var thirdGuard = await phones[2].TrySendAsync(phones[2].ShiftStart(now.AddMinutes(-1)));
        var fourthPhone = await phones[3].TrySendAsync(phones[3].Event("heartbeat", now));

        AssertRejected(thirdGuard, "guardId", "2 guards");
        AssertRejected(fourthPhone, "deviceId", "3 devices");
        var viewer = host.Viewer(Keys.T2);
        await (await viewer.GetAsync($"api/v1/guards/{phones[2].GuardId}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await viewer.GetAsync($"api/v1/devices/{phones[3].DeviceId}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, (await phones[0].SendAsync(phones[0].Event("phone", now))).Int("accepted"));
        Assert.True((await phones[1].GuardAsync()).GetProperty("onShift").GetBoolean());
    }

    private static void AssertRejected(System.Text.Json.JsonElement result, string field, string reason)
    {
        Assert.Equal(0, result.Int("accepted"));
        var rejection = Assert.Single(result.GetProperty("rejected").EnumerateArray());
        Assert.Equal(field, rejection.GetProperty("field").GetString());
        Assert.Contains(reason, rejection.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
