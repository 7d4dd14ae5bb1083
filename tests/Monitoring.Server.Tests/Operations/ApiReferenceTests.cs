using System.Net;
using Microsoft.Playwright;
using Monitoring.Server.Tests.Dashboard;

namespace Monitoring.Server.Tests.Operations;

/// <summary>
/// The API reference page in Chromium: drawn from /openapi/v1.json without a key, every request to
/// this host and answered, and nothing refused by its content security policy.
/// </summary>
[Collection(OperationsCollection.Name)]
public sealed class ApiReferenceTests(OperationsHostFixture host)
{
    [Fact]
    public async Task ApiReference_InChromium_RendersTheRoutesWithoutNetworkErrorsOrCspViolations()
    {
        await using var browser = await Chromium.LaunchAsync();
        var page = browser.Page;
        var problems = new List<string>();
        var foreign = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error" || m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"console {m.Type}: {m.Text}");
            }
        };
        page.PageError += (_, e) => problems.Add($"page error: {e}");
        page.RequestFailed += (_, r) => problems.Add($"failed: {r.Url} {r.Failure}");
        page.Response += (_, r) =>
        {
            if (r.Status >= 400)
            {
                problems.Add($"{r.Status}: {r.Url}");
            }
        };
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(host.BaseAddress.ToString(), StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal)
                && !r.Url.StartsWith("blob:", StringComparison.Ordinal))
            {
                foreign.Add(r.Url);
            }
        };

        await page.GotoAsync(new Uri(host.BaseAddress, "api-reference").ToString());
        await Assertions.Expect(page.GetByText("/api/v1/telemetry").First).ToBeAttachedAsync(new() { Timeout = 60_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(foreign);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task ApiReference_NoKey_IsServedWithANoncedScriptPolicy()
    {
        var response = await host.Anonymous.GetAsync("api-reference/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';", csp);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
    }
}
