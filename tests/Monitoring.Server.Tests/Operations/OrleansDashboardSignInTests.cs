using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Monitoring.Server.Tests.Dashboard;
using Monitoring.Server.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Server.Tests.Operations;

/// <summary>
/// The Orleans Dashboard in a plain browser: the sign-in page takes a system key or token and sets
/// a session cookie for the dashboard's path only; the dashboard then loads its data; a tenant's key,
/// no cookie, another origin and a signed-out session are refused.
/// </summary>
[Collection(OperationsCollection.Name)]
public sealed class OrleansDashboardSignInTests(OperationsHostFixture host) : IDisposable
{
    // Its own client: no cookie jar shared with the other tests, and redirects left to the test.
    private readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        BaseAddress = host.BaseAddress,
    };

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task OrleansDashboard_SystemKeySignInInChromium_LoadsSilosAndGrainCountsThenSignsOut()
    {
        SetDefaultExpectTimeout(30_000);
        await using var chromium = await Chromium.LaunchAsync();
        var page = chromium.Page;
        var problems = Watch(page);
        var urls = new ConcurrentQueue<string>();
        page.Request += (_, r) => urls.Enqueue(r.Url);

        await page.GotoAsync(Url("orleans-dashboard/"));
        await Expect(page).ToHaveURLAsync(Url("orleans-dashboard/sign-in"));
        await page.FillAsync("#credential", Keys.SystemKey);
        var counters = page.WaitForResponseAsync(r => r.Url.Contains("/orleans-dashboard/DashboardCounters", StringComparison.Ordinal) && r.Status == 200,
            new() { Timeout = 60_000 });
        await page.ClickAsync("#sign-in");
        await Expect(page).ToHaveURLAsync(Url("orleans-dashboard/"));

        using var data = JsonDocument.Parse(await (await counters).TextAsync());
        var hosts = data.RootElement.GetProperty("hosts");
        Assert.True(hosts.GetArrayLength() >= 1, data.RootElement.ToString());
        Assert.True(data.RootElement.GetProperty("simpleGrainStats").GetArrayLength() > 0, "no grain counts");
        await Expect(page.Locator("body")).ToContainTextAsync("Silos");
        await Expect(page.Locator("body")).ToContainTextAsync("Activations");

        var cookie = Assert.Single(await chromium.Context.CookiesAsync(), c => c.Name == "monitoring-orleans-dashboard");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.Equal("/orleans-dashboard", cookie.Path);
        Assert.DoesNotContain(urls, u => u.Contains(Keys.SystemKey, StringComparison.Ordinal));
        Assert.Empty(problems);

        await page.GotoAsync(Url("orleans-dashboard/sign-in"));
        await Expect(page.Locator("#signed-in")).ToBeVisibleAsync();
        await page.ClickAsync("#sign-out");
        await Expect(page.Locator("#credential")).ToBeVisibleAsync();
        Assert.Equal(401, await page.EvaluateAsync<int>("() => fetch('ClusterStats').then(r => r.status)"));
    }

    [Theory]
    [InlineData(Keys.Admin)]
    [InlineData(Keys.Viewer)]
    public async Task OrleansDashboard_TenantKeySignInInChromium_IsRefusedAndSetsNoCookie(string role)
    {
        SetDefaultExpectTimeout(30_000);
        await using var chromium = await Chromium.LaunchAsync();
        var page = chromium.Page;

        await page.GotoAsync(Url("orleans-dashboard/sign-in"));
        await page.FillAsync("#credential", Keys.For(Keys.T1, role));
        await page.ClickAsync("#sign-in");

        await Expect(page.Locator("#sign-in-error")).ToContainTextAsync("system role");
        Assert.DoesNotContain(await chromium.Context.CookiesAsync(), c => c.Name == "monitoring-orleans-dashboard");
        Assert.Equal(401, await page.EvaluateAsync<int>("() => fetch('ClusterStats').then(r => r.status)"));
        await page.GotoAsync(Url("orleans-dashboard/"));
        await Expect(page).ToHaveURLAsync(Url("orleans-dashboard/sign-in"));
    }

    [Fact]
    public async Task OrleansDashboard_SystemTokenSignIn_SetsTheCookieWhichTheDashboardTakesAndTheApiDoesNot()
    {
        var token = Tokens.For("sre@example.test", Keys.T1, Keys.System);

        var signIn = await PostFormAsync("orleans-dashboard/sign-in", token, origin: host.BaseAddress.GetLeftPart(UriPartial.Authority));

        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        var setCookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
        Assert.Contains("path=/orleans-dashboard", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        var cookie = setCookie.Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync("orleans-dashboard/ClusterStats", cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithCookieAsync("api/v1/admin/clock", cookie)).StatusCode);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("http://evil.example", null)]
    [InlineData(null, "cross-site")]
    [InlineData(null, "same-site")]
    public async Task OrleansDashboard_SignInFromAnotherOrigin_Is403AndSetsNoCookie(string? origin, string? fetchSite)
    {
        var response = await PostFormAsync("orleans-dashboard/sign-in", Keys.SystemKey, origin, fetchSite);

        await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task OrleansDashboard_SignInWithoutCredential_Is400NamingIt()
    {
        var response = await PostFormAsync("orleans-dashboard/sign-in", "", host.BaseAddress.GetLeftPart(UriPartial.Authority));

        await response.ValidationProblemAsync("credential");
    }

    private string Url(string path) => new Uri(host.BaseAddress, path).ToString();

    private async Task<HttpResponseMessage> PostFormAsync(string path, string credential, string? origin, string? fetchSite = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent([new("credential", credential)]),
        };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        return await _client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> GetWithCookieAsync(string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await _client.SendAsync(request);
    }

    private static ConcurrentQueue<string> Watch(IPage page)
    {
        var problems = new ConcurrentQueue<string>();
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Enqueue($"console {m.Type}: {m.Text}");
            }
        };
        page.PageError += (_, e) => problems.Enqueue($"page error: {e}");
        return problems;
    }
}
