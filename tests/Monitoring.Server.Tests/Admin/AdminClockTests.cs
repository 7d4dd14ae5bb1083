using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Admin;

[Collection(InactivityCollection.Name)]
public sealed class AdminClockTests(InactivityHostFixture host)
{
    [Fact]
    public async Task PostClock_Forward_MovesTheClock()
    {
        var target = (await host.NowAsync()).AddMinutes(7);

        var clock = await (await host.HostWide().PostJsonAsync("api/v1/admin/clock", new { now = Iso.Of(target) })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(target, clock.Time("now"));
        Assert.Equal(target, await host.NowAsync());
    }

    [Fact]
    public async Task PutClock_Forward_MovesTheClock()
    {
        var target = (await host.NowAsync()).AddMinutes(3).AddSeconds(30);

        var clock = await (await host.HostWide().PutJsonAsync("api/v1/admin/clock", new { now = Iso.Of(target) })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(target, clock.Time("now"));
        Assert.Equal(target, await host.NowAsync());
    }

    [Fact]
    public async Task PostClock_TimeWithOffset_IsReadAsThatInstant()
    {
        var target = (await host.NowAsync()).AddMinutes(2);
        var local = target.ToOffset(TimeSpan.FromHours(1)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

        var clock = await (await host.HostWide().PostJsonAsync("api/v1/admin/clock", new { now = local })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(target, clock.Time("now"));
    }

    [Fact]
    public async Task PostClock_Forward_RunsDueEvaluations()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        await phone.SendAsync([phone.ShiftStart(now), .. phone.Active(now)]);

        await host.SetClockAsync(now.AddMinutes(12));

        var guard = await phone.GuardAsync();
        Assert.Equal(now.AddMinutes(10), guard.Time("lastEvaluatedAt"));
        Assert.Equal(now.AddMinutes(15), guard.Time("nextEvaluationAt"));
    }

    [Theory]
    [InlineData("{}", "now")]
    [InlineData("{\"now\": null}", "now")]
    [InlineData("{\"now\": \"tomorrow\"}", "now")]
    [InlineData("{\"now\": 1790000000}", "now")]
    public async Task PostClock_BadBody_Is400NamingNow(string body, string field)
    {
        var before = await host.NowAsync();

        var response = await host.HostWide().PostRawAsync("api/v1/admin/clock", body);

        await response.ValidationProblemAsync(field);
        Assert.Equal(before, await host.NowAsync());
    }

    [Fact]
    public async Task PostClock_MalformedJson_Is400Problem()
    {
        var response = await host.HostWide().PostRawAsync("api/v1/admin/clock", "{\"now\": ");

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }
}
