using System.Net;
using System.Text.Json.Nodes;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Sites;

/// <summary>PUT /sites/{id} refuses a bad body with a 400 naming each bad field, and stores nothing.</summary>
[Collection(ApiCollection.Name)]
public sealed class SiteValidationTests(ApiHostFixture host)
{
    [Theory]
    [InlineData("""{"name": null}""", "name")]
    [InlineData("""{"name": "   "}""", "name")]
    [InlineData("""{"name": "North\u0007gate"}""", "name")]
    [InlineData("""{"timeZone": null}""", "timeZone")]
    [InlineData("""{"timeZone": "Mars/Olympus_Mons"}""", "timeZone")]
    [InlineData("""{"timeZone": ""}""", "timeZone")]
    [InlineData("""{"lat": null}""", "lat")]
    [InlineData("""{"lat": 90.01}""", "lat")]
    [InlineData("""{"lat": -95}""", "lat")]
    [InlineData("""{"lon": 180.5}""", "lon")]
    [InlineData("""{"lon": null}""", "lon")]
    [InlineData("""{"geofenceRadiusM": 0}""", "geofenceRadiusM")]
    [InlineData("""{"geofenceRadiusM": -5}""", "geofenceRadiusM")]
    [InlineData("""{"geofenceRadiusM": null}""", "geofenceRadiusM")]
    [InlineData("""{"inactivityThreshold": 1.5}""", "inactivityThreshold")]
    [InlineData("""{"inactivityThreshold": 0}""", "inactivityThreshold")]
    [InlineData("""{"inactivityThreshold": -0.2}""", "inactivityThreshold")]
    [InlineData("""{"lat": "north"}""", "lat")]
    [InlineData("""{"geofenceRadiusM": "wide"}""", "geofenceRadiusM")]
    [InlineData("""{"name": 12}""", "name")]
    public async Task PutSite_BadField_Is400NamingItAndStoresNothing(string patch, string field)
    {
        var siteId = Fresh.Id("site");
        var body = SitesApiTests.ValidSite().With(patch);

        var response = await host.Admin().PutJsonAsync($"api/v1/sites/{siteId}", body);

        await response.ValidationProblemAsync(field);
        await (await host.Viewer().GetAsync($"api/v1/sites/{siteId}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PutSite_SeveralBadFields_NamesEachOne()
    {
        var body = new JsonObject { ["name"] = "", ["timeZone"] = "Nowhere/City", ["lat"] = 100, ["lon"] = 2.35 };

        var problem = await (await host.Admin().PutJsonAsync($"api/v1/sites/{Fresh.Id("site")}", body)).ValidationProblemAsync("name");

        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("timeZone", fields);
        Assert.Contains("lat", fields);
        Assert.Contains("geofenceRadiusM", fields);
        Assert.DoesNotContain("lon", fields);
    }

    [Fact]
    public async Task PutSite_BadSiteId_Is400()
    {
        var response = await host.Admin().PutJsonAsync("api/v1/sites/bad%20site", SitesApiTests.ValidSite());

        await response.ValidationProblemAsync("siteId");
    }

    [Fact]
    public async Task PutSite_MalformedJson_Is400Problem()
    {
        var response = await host.Admin().PutAsync(
            $"api/v1/sites/{Fresh.Id("site")}", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PutSite_NoBody_Is400Problem()
    {
        var response = await host.Admin().PutAsync($"api/v1/sites/{Fresh.Id("site")}", new StringContent("", System.Text.Encoding.UTF8, "application/json"));

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }
}
