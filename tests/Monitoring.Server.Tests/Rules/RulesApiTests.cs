using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Rules;

/// <summary>
/// GET /rules shows the table in force with each row's scope; PUT /rules/{type} overrides one row for
/// the tenant or a site. No test writes tenant t2, and the t1 tenant overrides are put back to the
/// product values, since the collection's tests share the host.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RulesApiTests(ApiHostFixture host)
{
    private static readonly string[] AllTypes =
    [
        "battery_critical", "battery_low", "battery_shift_risk", "poor_signal", "high_memory",
        "device_offline", "geofence_exit", "concurrent_device", "biometric_failures",
    ];

    public static JsonObject Row(double threshold, double durationS, string severity, double slaS, string? siteId = null) => new()
    {
        ["threshold"] = threshold,
        ["durationS"] = durationS,
        ["severity"] = severity,
        ["slaS"] = slaS,
        ["siteId"] = siteId,
    };

    [Fact]
    public async Task GetRules_NoOverrides_AllNineTypesAtDefaultValuesAndScope()
    {
        var rows = await RulesAsync(host.Viewer(Keys.T2));

        Assert.Equal(AllTypes, rows.Select(r => r.Str("type")));
        Assert.All(rows, r => Assert.Equal("default", r.Str("scope")));
        Assert.All(rows, r => Assert.True(r.Bool("enabled")));
        var low = rows.Single(r => r.Str("type") == "battery_low");
        Assert.Equal(("battery_pct", "less", 20d, 0d, 300d, "medium", 900d), Shape(low));
        Assert.True(low.IsNull("windowS"));
        Assert.Equal(("signal_dbm", "less", -100d, 900d, 900d, "medium", 1200d), Shape(rows.Single(r => r.Str("type") == "poor_signal")));
        var memory = rows.Single(r => r.Str("type") == "high_memory");
        Assert.Equal(90, memory.GetProperty("escalatedThreshold").GetDouble());
        Assert.Equal("high", memory.Str("escalatedSeverity"));
        Assert.Equal(3600, rows.Single(r => r.Str("type") == "battery_shift_risk").GetProperty("windowS").GetDouble());
        Assert.Equal("greater_or_equal", rows.Single(r => r.Str("type") == "device_offline").Str("comparison"));
    }

    [Fact]
    public async Task PutRule_TenantOverride_ChangesTheTenantOnly()
    {
        try
        {
            var row = await (await host.Admin().PutJsonAsync("api/v1/rules/poor_signal", Row(-110, 600, "high", 1800))).JsonAsync(HttpStatusCode.OK);

            Assert.Equal(("signal_dbm", "less", -110d, 600d, 600d, "high", 1800d), Shape(row));
            Assert.Equal("tenant", row.Str("scope"));
            Assert.True(row.IsNull("siteId"));
            var tenant = Find(await RulesAsync(host.Viewer()), "poor_signal");
            Assert.Equal(("tenant", -110d), (tenant.Str("scope"), Threshold(tenant)));
            var site = Find(await RulesAsync(host.Viewer(), Fresh.Id("site")), "poor_signal");
            Assert.Equal(("tenant", -110d), (site.Str("scope"), Threshold(site)));
            var other = Find(await RulesAsync(host.Viewer(Keys.T2)), "poor_signal");
            Assert.Equal(("default", -100d), (other.Str("scope"), Threshold(other)));
        }
        finally
        {
            await (await host.Admin().PutJsonAsync("api/v1/rules/poor_signal", Row(-100, 900, "medium", 1200))).JsonAsync(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task PutRule_SiteOverride_ChangesThatSiteOnly()
    {
        var (siteId, otherSite) = (Fresh.Id("site"), Fresh.Id("site"));
        var before = Find(await RulesAsync(host.Viewer()), "geofence_exit");

        var row = await (await host.Admin().PutJsonAsync("api/v1/rules/geofence_exit", Row(250, 120, "high", 600, siteId))).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(("site", siteId, 250d), (row.Str("scope"), row.Str("siteId"), Threshold(row)));
        var atSite = Find(await RulesAsync(host.Viewer(), siteId), "geofence_exit");
        Assert.Equal(("outside_m", "greater", 250d, 120d, 120d, "high", 600d), Shape(atSite));
        Assert.Equal(("site", siteId), (atSite.Str("scope"), atSite.Str("siteId")));
        var elsewhere = Find(await RulesAsync(host.Viewer(), otherSite), "geofence_exit");
        Assert.Equal((before.Str("scope"), Threshold(before)), (elsewhere.Str("scope"), Threshold(elsewhere)));
        var tenant = Find(await RulesAsync(host.Viewer()), "geofence_exit");
        Assert.Equal(before.GetRawText(), tenant.GetRawText());
    }

    [Fact]
    public async Task PutRule_SiteAndTenantOverrides_SiteWins()
    {
        var (siteId, otherSite) = (Fresh.Id("site"), Fresh.Id("site"));
        var tenantRow = Row(85, 600, "medium", 1800).With("""{"escalatedThreshold": 95, "escalatedSeverity": "critical"}""");
        try
        {
            await (await host.Admin().PutJsonAsync("api/v1/rules/high_memory", Row(70, 300, "medium", 900, siteId))).JsonAsync(HttpStatusCode.OK);
            await (await host.Admin().PutJsonAsync("api/v1/rules/high_memory", tenantRow)).JsonAsync(HttpStatusCode.OK);

            var atSite = Find(await RulesAsync(host.Viewer(), siteId), "high_memory");
            Assert.Equal(("site", 70d), (atSite.Str("scope"), Threshold(atSite)));
            Assert.True(atSite.IsNull("escalatedThreshold"));
            var elsewhere = Find(await RulesAsync(host.Viewer(), otherSite), "high_memory");
            Assert.Equal(("tenant", 85d, "critical"), (elsewhere.Str("scope"), Threshold(elsewhere), elsewhere.Str("escalatedSeverity")));
        }
        finally
        {
            var standard = Row(80, 1200, "low", 1800).With("""{"escalatedThreshold": 90, "escalatedSeverity": "high"}""");
            await (await host.Admin().PutJsonAsync("api/v1/rules/high_memory", standard)).JsonAsync(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task PutRule_RowAsGetShowsIt_IsAcceptedUnchanged()
    {
        var siteId = Fresh.Id("site");
        var shown = Find(await RulesAsync(host.Viewer(Keys.T2)), "biometric_failures");
        var body = JsonNode.Parse(shown.GetRawText())!.AsObject().With($$"""{"siteId": "{{siteId}}"}""");

        var row = await (await host.Admin().PutJsonAsync("api/v1/rules/biometric_failures", body)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(Shape(shown), Shape(row));
        Assert.Equal(shown.GetProperty("windowS").GetDouble(), row.GetProperty("windowS").GetDouble());
        Assert.Equal("site", row.Str("scope"));
    }

    [Theory]
    [InlineData(Keys.Viewer)]
    [InlineData(Keys.Operator)]
    [InlineData(Keys.Device)]
    public async Task PutRule_NotAdmin_Is403AndChangesNothing(string role)
    {
        var siteId = Fresh.Id("site");

        var response = await host.Client(Keys.For(Keys.T1, role)).PutJsonAsync("api/v1/rules/battery_low", Row(30, 0, "high", 600, siteId));

        await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.NotEqual("site", Find(await RulesAsync(host.Viewer(), siteId), "battery_low").Str("scope"));
    }

    [Fact]
    public async Task PutRule_UnknownType_Is404Problem()
    {
        var response = await host.Admin().PutJsonAsync("api/v1/rules/battery_empty", Row(5, 0, "high", 600));

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetRules_BadSiteId_Is400NamingIt()
    {
        await (await host.Viewer().GetAsync("api/v1/rules?siteId=bad%20site")).ValidationProblemAsync("siteId");
    }

    [Fact]
    public async Task GetRules_NoKey_Is401()
    {
        await (await host.Anonymous.GetAsync("api/v1/rules")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    public static async Task<JsonElement[]> RulesAsync(HttpClient client, string? siteId = null) =>
        [.. (await client.GetJsonAsync(siteId is null ? "api/v1/rules" : $"api/v1/rules?siteId={siteId}")).EnumerateArray()];

    public static JsonElement Find(JsonElement[] rows, string type) => rows.Single(r => r.Str("type") == type);

    private static double Threshold(JsonElement row) => row.GetProperty("threshold").GetDouble();

    private static (string, string, double, double, double, string, double) Shape(JsonElement row) => (
        row.Str("signal"), row.Str("comparison"), Threshold(row), row.GetProperty("durationS").GetDouble(),
        row.GetProperty("holdS").GetDouble(), row.Str("severity"), row.GetProperty("slaS").GetDouble());
}
