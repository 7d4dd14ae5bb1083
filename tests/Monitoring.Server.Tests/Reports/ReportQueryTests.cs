using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Reports;

/// <summary>Bad report parameters: a 400 problem naming the field, for every report.</summary>
[Collection(ReportsCollection.Name)]
public sealed class ReportQueryTests(ReportsHostFixture host)
{
    public static TheoryData<string, string> BadQueries => new()
    {
        { "from=2026-12-10T06:00:00Z&to=2026-12-10T00:00:00Z", "from" },
        { "from=2026-12-10T06:00:00Z&to=2026-12-10T06:00:00Z", "from" },
        { "from=2026-11-01T00:00:00Z&to=2026-12-10T00:00:00Z", "to" },
        { "from=0001-01-01T00:00:00Z", "to" },
        { "from=yesterday", "from" },
        { "to=2026-12-10T06:00:00", "to" },
        { "to=2026-13-45T00:00:00Z", "to" },
        { "siteId=a%20b", "siteId" },
        { "siteId=" + "s-unknown-site", "siteId" },
        { "format=xml", "format" },
        { "format=CSV", "format" },
        { "format=json&format=csv", "format" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task Reports_BadParameter_400NamingTheField(string query, string field)
    {
        foreach (var report in new[] { "sla", "alerts", "rules", "guards" })
        {
            await (await host.Viewer().GetAsync($"api/v1/reports/{report}?{query}")).ValidationProblemAsync(field);
        }
    }

    [Fact]
    public async Task Reports_OtherTenantsSite_400LikeAnUnknownSite()
    {
        var site = await host.PutSiteAsync(tenant: Keys.T2);

        var problem = await (await host.Viewer().GetAsync($"api/v1/reports/sla?siteId={site}")).ValidationProblemAsync("siteId");

        Assert.DoesNotContain(Keys.T2, problem.ToString(), StringComparison.Ordinal);
        await (await host.Viewer(Keys.T2).GetAsync($"api/v1/reports/sla?siteId={site}")).JsonAsync(System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public async Task Reports_ThirtyOneDays_Allowed()
    {
        var report = await host.Viewer().GetJsonAsync("api/v1/reports/alerts?from=2026-11-09T00:00:00%2B01:00&to=2026-12-09T23:00:00Z");

        Assert.Equal(new DateTimeOffset(2026, 11, 8, 23, 0, 0, TimeSpan.Zero), report.GetProperty("period").Time("from"));
    }

    [Fact]
    public async Task Reports_NoKeyOrDeviceKey_401Or403()
    {
        await (await host.Anonymous.GetAsync("api/v1/reports/sla")).ProblemAsync(System.Net.HttpStatusCode.Unauthorized);
        await (await host.Device().GetAsync("api/v1/reports/sla")).ProblemAsync(System.Net.HttpStatusCode.Forbidden);
    }
}
