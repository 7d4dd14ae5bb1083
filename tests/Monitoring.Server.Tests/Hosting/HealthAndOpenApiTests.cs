using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Hosting;

[Collection(ApiCollection.Name)]
public sealed class HealthAndOpenApiTests(ApiHostFixture host)
{
    [Fact]
    public async Task Health_WithoutKey_SaysStatusOnly()
    {
        var health = await host.Anonymous.GetJsonAsync("api/v1/health");

        Assert.Equal("ok", health.Str("status"));
        var silos = health.Items("silos");
        Assert.NotEmpty(silos);
        Assert.Contains(silos, s => s.Str("status") == "active");
        Assert.All(silos, s => Assert.Equal(["status"], s.EnumerateObject().Select(p => p.Name)));
        Assert.False(string.IsNullOrEmpty(health.Str("version")));
    }

    [Fact]
    public async Task Health_UnknownKey_SaysStatusOnly()
    {
        var health = await host.Client("not-a-key").GetJsonAsync("api/v1/health");

        Assert.All(health.Items("silos"), s => Assert.Equal(["status"], s.EnumerateObject().Select(p => p.Name)));
    }

    [Theory]
    [InlineData(Keys.Device)]
    [InlineData(Keys.Viewer)]
    [InlineData(Keys.System)]
    public async Task Health_AnyValidKey_NamesTheSilos(string role)
    {
        var key = role == Keys.System ? Keys.SystemKey : Keys.For(Keys.T1, role);

        var health = await host.Client(key).GetJsonAsync("api/v1/health");

        Assert.Equal("ok", health.Str("status"));
        var active = Assert.Single(health.Items("silos"), s => s.Str("status") == "active");
        Assert.False(string.IsNullOrEmpty(active.Str("address")));
        Assert.False(string.IsNullOrEmpty(active.Str("name")));
        Assert.False(string.IsNullOrEmpty(health.Str("version")));
    }

    [Fact]
    public async Task OpenApi_Document_IsServedAndListsTelemetry()
    {
        var document = await host.Anonymous.GetJsonAsync("openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/telemetry", paths);
        Assert.Contains("/api/v1/alerts/{alertId}/verify", paths);
        Assert.Contains("/api/v1/sites/{siteId}", paths);
    }

    [Fact]
    public async Task UnknownRoute_ValidKey_Is404ProblemJson()
    {
        await (await host.Admin().GetAsync("api/v1/nothing-here")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UnknownRoute_NoKey_Is401ProblemJson()
    {
        // The fallback policy covers every path not declared anonymous, routed or not.
        await (await host.Anonymous.GetAsync("api/v1/nothing-here")).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
