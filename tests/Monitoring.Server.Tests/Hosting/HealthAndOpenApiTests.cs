using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Hosting;

[Collection(ApiCollection.Name)]
public sealed class HealthAndOpenApiTests(ApiHostFixture host)
{
    [Fact]
    public async Task Health_WithoutKey_IsOkWithAtLeastOneSilo()
    {
        var health = await host.Anonymous.GetJsonAsync("api/v1/health");

        Assert.Equal("ok", health.Str("status"));
        var silos = health.Items("silos");
        Assert.NotEmpty(silos);
        Assert.Contains(silos, s => s.Str("status") == "active");
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
    public async Task UnknownRoute_AnyKey_Is404ProblemJson()
    {
        await (await host.Anonymous.GetAsync("api/v1/nothing-here")).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Admin().GetAsync("api/v1/nothing-here")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
