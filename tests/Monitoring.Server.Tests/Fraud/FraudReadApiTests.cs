using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Fraud;

/// <summary>The fraud reads over real HTTP: live risks, a guard's history, per-site heat; tenants apart.</summary>
[Collection(FraudCollection.Name)]
public sealed class FraudReadApiTests(FraudHostFixture host)
{
    [Fact]
    public async Task Live_LatestScoresAboveHalf_ListsThoseGuardsRiskiestFirst()
    {
        var (site, a, b, c) = (Fresh.Id("fs"), Fresh.Id("fg"), Fresh.Id("fg"), Fresh.Id("fg"));
        await host.ScoreAsync(Keys.T1, a, site, a + "-d", 1, 0.6, TimeSpan.FromHours(2));
        await host.ScoreAsync(Keys.T1, a, site, a + "-d", 2, 0.93, TimeSpan.FromMinutes(5));
        await host.ScoreAsync(Keys.T1, b, site, b + "-d", 1, 0.97, TimeSpan.FromHours(1));
        await host.ScoreAsync(Keys.T1, b, site, b + "-d", 2, 0.2, TimeSpan.FromMinutes(3));
        await host.ScoreAsync(Keys.T1, c, site, c + "-d", 1, 0.7, TimeSpan.FromMinutes(1));

        var live = await host.Viewer().GetJsonAsync("api/v1/fraud/live");
        var mine = live.Items().Where(r => r.Str("siteId") == site).ToList();

        Assert.Equal([a, c], mine.Select(r => r.Str("guardId")));
        Assert.Equal(2, mine[0].GetProperty("seq").GetInt64());
        Assert.Equal("velocity_kmh", mine[0].Items("top")[0].Str("feature"));
        Assert.DoesNotContain((await host.Viewer(Keys.T2).GetJsonAsync("api/v1/fraud/live")).Items(), r => r.Str("siteId") == site);
    }

    [Fact]
    public async Task GuardHistory_ScoredEvents_NewestFirstWithinTheDays()
    {
        var (site, guard) = (Fresh.Id("fs"), Fresh.Id("fg"));
        await host.ScoreAsync(Keys.T1, guard, site, guard + "-d", 1, 0.4, TimeSpan.FromDays(3));
        await host.ScoreAsync(Keys.T1, guard, site, guard + "-d", 2, 0.85, TimeSpan.FromHours(1));

        var all = await host.Viewer().GetJsonAsync($"api/v1/fraud/guards/{guard}");
        var recent = await host.Viewer().GetJsonAsync($"api/v1/fraud/guards/{guard}?days=1");

        Assert.Equal([2L, 1L], all.Items("events").Select(e => e.GetProperty("seq").GetInt64()));
        Assert.Equal(12, all.Items("events")[0].GetProperty("features").GetArrayLength());
        Assert.True(all.Items("events")[0].IsNull("label"));
        Assert.Single(recent.Items("events"));
        Assert.False(all.Bool("truncated"));
    }

    [Fact]
    public async Task GuardHistory_UnknownGuardOrBadDays_404Or400NamingDays()
    {
        var guard = Fresh.Id("fg");
        await host.ScoreAsync(Keys.T1, guard, Fresh.Id("fs"), guard + "-d", 1, 0.4, TimeSpan.FromHours(1));

        await (await host.Viewer().GetAsync($"api/v1/fraud/guards/{Fresh.Id("nobody")}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Viewer(Keys.T2).GetAsync($"api/v1/fraud/guards/{guard}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Viewer().GetAsync($"api/v1/fraud/guards/{guard}?days=31")).ValidationProblemAsync("days");
        await (await host.Viewer().GetAsync("api/v1/fraud/live?hours=0")).ValidationProblemAsync("hours");
        await (await host.Viewer().GetAsync("api/v1/fraud/sites?hours=x")).ValidationProblemAsync("hours");
    }

    [Fact]
    public async Task Sites_ScoredEvents_HeatPerSiteWithCountsAboveHalfAndPointEight()
    {
        var (hot, cool) = (Fresh.Id("fs"), Fresh.Id("fs"));
        var guard = Fresh.Id("fg");
        await host.ScoreAsync(Keys.T1, guard, hot, guard + "-d", 1, 0.9, TimeSpan.FromHours(2));
        await host.ScoreAsync(Keys.T1, guard, hot, guard + "-d", 2, 0.6, TimeSpan.FromHours(1));
        await host.ScoreAsync(Keys.T1, guard, hot, guard + "-d", 3, 0.3, TimeSpan.FromMinutes(30));
        await host.ScoreAsync(Keys.T1, guard, cool, guard + "-e", 1, 0.1, TimeSpan.FromMinutes(10));

        var heat = (await host.Viewer().GetJsonAsync("api/v1/fraud/sites")).Items();
        var h = heat.Single(s => s.Str("siteId") == hot);

        Assert.Equal((3, 2, 1), (h.Int("events"), h.Int("aboveRisk"), h.Int("aboveAlert")));
        Assert.Equal(0.9, h.GetProperty("maxScore").GetDouble());
        Assert.Equal(0.6, h.GetProperty("meanScore").GetDouble(), 4);
        Assert.True(heat.ToList().FindIndex(s => s.Str("siteId") == hot) < heat.ToList().FindIndex(s => s.Str("siteId") == cool));
        await (await host.Anonymous.GetAsync("api/v1/fraud/sites")).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
