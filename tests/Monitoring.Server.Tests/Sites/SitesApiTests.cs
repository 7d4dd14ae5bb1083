using System.Net;
using System.Text.Json.Nodes;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Sites;

[Collection(ApiCollection.Name)]
public sealed class SitesApiTests(ApiHostFixture host)
{
    public static JsonObject ValidSite() => new()
    {
        ["name"] = "Warehouse 7",
        ["timeZone"] = "Europe/Paris",
        ["lat"] = 48.8566,
        ["lon"] = 2.3522,
        ["geofenceRadiusM"] = 250.0,
        ["inactivityThreshold"] = 0.85,
    };

    [Fact]
    public async Task PutSite_Valid_Is200WithTheSite()
    {
        var siteId = Fresh.Id("site");

        var site = await (await host.Admin().PutJsonAsync($"api/v1/sites/{siteId}", ValidSite())).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(siteId, site.Str("siteId"));
        Assert.Equal("Warehouse 7", site.Str("name"));
        Assert.Equal("Europe/Paris", site.Str("timeZone"));
        Assert.Equal(48.8566, site.GetProperty("lat").GetDouble());
        Assert.Equal(2.3522, site.GetProperty("lon").GetDouble());
        Assert.Equal(250.0, site.GetProperty("geofenceRadiusM").GetDouble());
        Assert.Equal(0.85, site.GetProperty("inactivityThreshold").GetDouble());
    }

    [Fact]
    public async Task PutSite_Twice_SecondReplacesFirst()
    {
        var siteId = Fresh.Id("site");
        await (await host.Admin().PutJsonAsync($"api/v1/sites/{siteId}", ValidSite())).JsonAsync(HttpStatusCode.OK);
        var changed = ValidSite();
        changed["name"] = "Warehouse 8";
        changed["timeZone"] = "America/New_York";
        changed.Remove("inactivityThreshold");

        await (await host.Admin().PutJsonAsync($"api/v1/sites/{siteId}", changed)).JsonAsync(HttpStatusCode.OK);

        var site = await host.Viewer().GetJsonAsync($"api/v1/sites/{siteId}");
        Assert.Equal("Warehouse 8", site.Str("name"));
        Assert.Equal("America/New_York", site.Str("timeZone"));
        Assert.True(site.IsNull("inactivityThreshold"));
    }

    [Fact]
    public async Task GetSite_Configured_ShowsSettingsAndCounts()
    {
        var siteId = Fresh.Id("site");
        await (await host.Admin().PutJsonAsync($"api/v1/sites/{siteId}", ValidSite())).JsonAsync(HttpStatusCode.OK);

        var site = await host.Viewer().GetJsonAsync($"api/v1/sites/{siteId}");

        Assert.Equal(siteId, site.Str("siteId"));
        Assert.Equal("Warehouse 7", site.Str("name"));
        Assert.Equal("Europe/Paris", site.Str("timeZone"));
        Assert.Equal(0, site.Int("guardsOnShift"));
        Assert.Equal(0, site.Int("inactiveGuards"));
        var counts = site.GetProperty("activeAlerts");
        Assert.Equal((0, 0, 0, 0), (counts.Int("critical"), counts.Int("high"), counts.Int("medium"), counts.Int("low")));
    }

    [Fact]
    public async Task GetSite_Unknown_Is404Problem()
    {
        await (await host.Viewer().GetAsync($"api/v1/sites/{Fresh.Id("site")}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Viewer().GetAsync($"api/v1/sites/{Fresh.Id("site")}/guards")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SiteGuards_TwoOnShiftOneElsewhere_ListsTheSitesGuards()
    {
        var now = await host.NowAsync();
        var siteId = Fresh.Id("site");
        await (await host.Admin().PutJsonAsync($"api/v1/sites/{siteId}", ValidSite())).JsonAsync(HttpStatusCode.OK);
        var a = new Phone(host) { SiteId = siteId };
        var b = new Phone(host) { SiteId = siteId };
        var elsewhere = new Phone(host);

        await a.StartShiftAsync(now.AddMinutes(-3));
        await b.StartShiftAsync(now.AddMinutes(-2));
        await elsewhere.StartShiftAsync(now.AddMinutes(-1));

        var guards = (await host.Viewer().GetJsonAsync($"api/v1/sites/{siteId}/guards")).EnumerateArray().ToList();
        Assert.Equal(
            new[] { a.GuardId, b.GuardId }.Order(StringComparer.Ordinal),
            guards.Select(g => g.Str("guardId")).Order(StringComparer.Ordinal));
        Assert.All(guards, g => Assert.True(g.Bool("onShift")));
        Assert.All(guards, g => Assert.Equal(siteId, g.Str("siteId")));
        Assert.Equal(2, (await host.Viewer().GetJsonAsync($"api/v1/sites/{siteId}")).Int("guardsOnShift"));
    }

    [Fact]
    public async Task GetSite_KnownOnlyFromAShiftStart_IsListed()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        await phone.StartShiftAsync(now);

        var site = await host.Viewer().GetJsonAsync($"api/v1/sites/{phone.SiteId}");

        Assert.Equal(phone.SiteId, site.Str("siteId"));
        Assert.Equal(1, site.Int("guardsOnShift"));
        Assert.Single((await host.Viewer().GetJsonAsync($"api/v1/sites/{phone.SiteId}/guards")).EnumerateArray());
    }
}
