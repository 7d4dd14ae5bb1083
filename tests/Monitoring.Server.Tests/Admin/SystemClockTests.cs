using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Admin;

[Collection(SystemClockCollection.Name)]
public sealed class SystemClockTests(SystemClockHostFixture host)
{
    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    public async Task SetClock_SystemClock_Is409Problem(string method)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), "api/v1/admin/clock")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { now = Iso.Of(DateTimeOffset.UtcNow.AddHours(1)) }),
        };

        var problem = await (await host.HostWide().SendAsync(request)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("system", problem.Str("currentStatus"));
        var clock = await host.HostWide().GetJsonAsync("api/v1/admin/clock");
        Assert.InRange(clock.Time("now"), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Telemetry_SystemClock_JudgesTsAgainstRealTime()
    {
        var phone = new Phone(host);

        var result = await phone.TrySendAsync(phone.Event("heartbeat", DateTimeOffset.UtcNow), phone.Event("heartbeat", DateTimeOffset.UtcNow.AddMinutes(10)));

        Assert.Equal(1, result.Int("accepted"));
        Assert.Equal("ts", Assert.Single(result.Items("rejected")).Str("field"));
    }
}
