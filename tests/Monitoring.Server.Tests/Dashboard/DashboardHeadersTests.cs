using System.Net;
using System.Text.RegularExpressions;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Dashboard;

/// <summary>
/// The dashboard's files come with a same-origin Content-Security-Policy, nosniff and no framing,
/// and the page holds nothing inline that policy would block (the browser test shows it still works).
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed partial class DashboardHeadersTests(DashboardHostFixture host)
{
    [Theory]
    [InlineData("", "text/html")]
    [InlineData("app.js", "text/javascript")]
    [InlineData("lib/signalr/signalr.min.js", "text/javascript")]
    [InlineData("app.css", "text/css")]
    public async Task DashboardFile_NoKey_IsServedWithCspNosniffAndNoFraming(string path, string mediaType)
    {
        var response = await host.Anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task DashboardPage_HasNoInlineScriptOrStyle()
    {
        var html = await host.Anonymous.GetStringAsync("");

        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(InlineHandler(), html);
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
