using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Security;

/// <summary>The manual clock is host-wide (role system) and moves at most a week forward per call.</summary>
[Collection(SystemScopeCollection.Name)]
public sealed class ClockBoundsTests(SystemScopeHostFixture host)
{
    [Theory]
    [InlineData("9999-12-31T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("1969-12-31T23:59:59Z")]
    public async Task SetClock_OutOfBounds_Is400NamingNow_AndLeavesTheClock(string now)
    {
        var before = await host.NowAsync();

        var response = await host.HostWide().PostJsonAsync("api/v1/admin/clock", new { now });

        await response.ValidationProblemAsync("now");
        Assert.Equal(before, await host.NowAsync());
    }

    [Fact]
    public async Task SetClock_MoreThanAWeekAhead_Is400NamingNow()
    {
        var before = await host.NowAsync();

        var response = await host.HostWide().PostJsonAsync("api/v1/admin/clock", new { now = Iso.Of(before.AddDays(7).AddSeconds(1)) });

        var problem = await response.ValidationProblemAsync("now");
        Assert.Contains("in several steps", problem.GetProperty("errors").GetProperty("now")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await host.NowAsync());
    }

    [Fact]
    public async Task SetClock_AWeekAheadWithAGuardOnShift_RunsItsEvaluationsAndArrives()
    {
        var start = await host.NowAsync();
        var phone = new Phone(host);
        await phone.SendAsync([phone.ShiftStart(start), .. phone.Active(start)]);
        var target = start.AddDays(7);

        var clock = await (await host.HostWide().PostJsonAsync("api/v1/admin/clock", new { now = Iso.Of(target) })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(target, clock.Time("now"));
        Assert.True(clock.Int("ran") > 0, $"ran {clock.Int("ran")}");
        Assert.Equal(target, await host.NowAsync());
    }

    [Fact]
    public async Task SetClock_Backwards_IsAllowed()
    {
        var before = await host.NowAsync();
        var target = before.AddDays(-3);

        var clock = await (await host.HostWide().PostJsonAsync("api/v1/admin/clock", new { now = Iso.Of(target) })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(target, clock.Time("now"));
        await host.SetClockAsync(before);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    public async Task SetClock_TenantAdmin_Is403AndLeavesTheClock(string method)
    {
        var before = await host.NowAsync();
        var request = new HttpRequestMessage(new HttpMethod(method), "api/v1/admin/clock")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { now = Iso.Of(before.AddMinutes(5)) }),
        };

        await (await host.Admin().SendAsync(request)).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(before, await host.NowAsync());
    }
}
