using System.Net;
using System.Text.Json.Nodes;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Notifications;

/// <summary>PUT/GET/DELETE /api/v1/routes: round trips, and routes that would match nothing (unknown sites, contacts, types, empty hours) refused with nothing stored.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class RoutesApiTests(NotificationsHostFixture host)
{
    [Fact]
    public async Task PutRoute_Valid_RoundTripsWithDefaults()
    {
        var contact = await BookBodies.ContactAsync(host);
        var site = await BookBodies.SiteAsync(host);
        var id = Fresh.Id("rt");

        var put = await (await host.Admin().PutJsonAsync($"api/v1/routes/{id}", BookBodies.Route(contact, site))).JsonAsync(HttpStatusCode.OK);
        var got = await host.Viewer().GetJsonAsync($"api/v1/routes/{id}");

        foreach (var route in new[] { put, got })
        {
            Assert.Equal(id, route.Str("routeId"));
            Assert.Equal([site], route.Items("siteIds").Select(s => s.GetString()));
            Assert.Equal(["high", "critical"], route.Items("severities").Select(s => s.GetString()));
            Assert.Equal(("20:00", "06:00"), (route.GetProperty("hours").Str("from"), route.GetProperty("hours").Str("to")));
            var tier = Assert.Single(route.Items("tiers"));
            Assert.Equal((0, contact), (tier.Int("tier"), tier.Items("contactIds")[0].GetString()));
            Assert.Equal((30, 300, 14_400), (route.Int("groupWaitS"), route.Int("groupIntervalS"), route.Int("repeatIntervalS")));
        }

        Assert.Contains((await host.Viewer().GetJsonAsync("api/v1/routes")).EnumerateArray(), r => r.Str("routeId") == id);
    }

    [Fact]
    public async Task PutRoute_OnlyUnknownSites_400NamingTheSiteAndNothingStored()
    {
        var contact = await BookBodies.ContactAsync(host);
        var id = Fresh.Id("rt");

        var response = await host.Admin().PutJsonAsync($"api/v1/routes/{id}", BookBodies.Route(contact, Fresh.Id("nosite")));

        await response.ValidationProblemAsync("siteIds[0]");
        await (await host.Viewer().GetAsync($"api/v1/routes/{id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PutRoute_AnotherTenantsSite_400NamingTheSite()
    {
        var contact = await BookBodies.ContactAsync(host);
        var theirs = await BookBodies.SiteAsync(host, Keys.T2);

        var response = await host.Admin().PutJsonAsync($"api/v1/routes/{Fresh.Id("rt")}", BookBodies.Route(contact, theirs));

        await response.ValidationProblemAsync("siteIds[0]");
    }

    [Fact]
    public async Task PutRoute_UnknownContactInSecondTier_400NamingTheContactId()
    {
        var contact = await BookBodies.ContactAsync(host);
        var body = BookBodies.Route(contact);
        body["tiers"]!.AsArray().Add(new JsonObject { ["tier"] = 2, ["contactIds"] = new JsonArray(contact, "nobody-here") });
        var id = Fresh.Id("rt");

        var response = await host.Admin().PutJsonAsync($"api/v1/routes/{id}", body);

        await response.ValidationProblemAsync("tiers[1].contactIds[1]");
        await (await host.Viewer().GetAsync($"api/v1/routes/{id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("types", "[\"sleeping\"]", "types[0]")]
    [InlineData("severities", "[\"urgent\"]", "severities[0]")]
    [InlineData("hours", "{\"from\":\"22:00\",\"to\":\"22:00\"}", "hours.to")]
    [InlineData("hours", "{\"from\":\"25:00\",\"to\":\"06:00\"}", "hours.from")]
    [InlineData("tiers", "[]", "tiers")]
    [InlineData("tiers", "[{\"tier\":4,\"contactIds\":[\"x\"]}]", "tiers[0].tier")]
    [InlineData("tiers", "[{\"tier\":1,\"contactIds\":[]}]", "tiers[0].contactIds")]
    [InlineData("groupWaitS", "3601", "groupWaitS")]
    [InlineData("groupIntervalS", "0", "groupIntervalS")]
    [InlineData("repeatIntervalS", "59", "repeatIntervalS")]
    public async Task PutRoute_BadField_400NamingItAndNothingStored(string field, string value, string named)
    {
        var contact = await BookBodies.ContactAsync(host);
        var body = BookBodies.Route(contact);
        body[field] = JsonNode.Parse(value);
        var id = Fresh.Id("rt");

        var response = await host.Admin().PutJsonAsync($"api/v1/routes/{id}", body);

        await response.ValidationProblemAsync(named);
        await (await host.Viewer().GetAsync($"api/v1/routes/{id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PutRoute_TierGivenTwice_400NamingTheSecond()
    {
        var contact = await BookBodies.ContactAsync(host);
        var body = BookBodies.Route(contact);
        body["tiers"]!.AsArray().Add(new JsonObject { ["tier"] = 0, ["contactIds"] = new JsonArray(contact) });

        await (await host.Admin().PutJsonAsync($"api/v1/routes/{Fresh.Id("rt")}", body)).ValidationProblemAsync("tiers[1].tier");
    }

    [Fact]
    public async Task Routes_ViewerCannotChange_OtherTenant404()
    {
        var contact = await BookBodies.ContactAsync(host);
        var id = Fresh.Id("rt");
        await (await host.Admin().PutJsonAsync($"api/v1/routes/{id}", BookBodies.Route(contact))).JsonAsync(HttpStatusCode.OK);

        await (await host.Viewer().PutJsonAsync($"api/v1/routes/{id}", BookBodies.Route(contact))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await host.Device().GetAsync("api/v1/routes")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await host.Viewer(Keys.T2).GetAsync($"api/v1/routes/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Admin(Keys.T2).DeleteAsync($"api/v1/routes/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await host.Viewer().GetJsonAsync($"api/v1/routes/{id}");
    }
}
