using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Operations;

/// <summary>The Orleans Dashboard at /orleans-dashboard: host-wide, so for <c>system</c> keys only.</summary>
[Collection(OperationsCollection.Name)]
public sealed class OrleansDashboardTests(OperationsHostFixture host)
{
    [Theory]
    [InlineData("orleans-dashboard/")]
    [InlineData("orleans-dashboard/ClusterStats")]
    [InlineData("orleans-dashboard/index.min.js")]
    public async Task OrleansDashboard_SystemKey_Answers(string path)
    {
        var response = await host.HostWide().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0);
    }

    [Fact]
    public async Task OrleansDashboard_Page_HasItsOwnCspAndTheGridKeepsTheStrictOne()
    {
        var dashboard = await host.HostWide().GetAsync("orleans-dashboard/");
        var grid = await host.Anonymous.GetAsync("");

        var own = string.Join(' ', dashboard.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", own, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", own, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", string.Join(' ', grid.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Keys.Admin)]
    [InlineData(Keys.Operator)]
    [InlineData(Keys.Viewer)]
    [InlineData(Keys.Device)]
    public async Task OrleansDashboard_TenantKey_Is403(string role)
    {
        var response = await host.Client(Keys.For(Keys.T1, role)).GetAsync("orleans-dashboard/ClusterStats");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("orleans-dashboard/")]
    [InlineData("orleans-dashboard/ClusterStats")]
    public async Task OrleansDashboard_NoKey_Is401(string path)
    {
        var response = await host.Anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
