using System.Net;
using System.Net.Http.Json;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Auth;

/// <summary>
/// Bearer tokens beside API keys: a valid token reads and acts within its tenant and role; an
/// expired, foreign or forged one is 401; a token without tenant is 401 and one whose roles do not
/// allow the request 403, all as problem+json.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TokenTests(ApiHostFixture host)
{
    public static TheoryData<string, string> BadTokens => new()
    {
        { "expired", "expired" },
        { "audience", "audience" },
        { "issuer", "issuer" },
        { "signature", "signature" },
        { "no-tenant", "tenant" },
        { "no-subject", "subject" },
    };

    [Theory]
    [InlineData(TokenSigner.Symmetric)]
    [InlineData(TokenSigner.Rsa)]
    public async Task Token_Valid_ReadsItsTenant(TokenSigner signer)
    {
        var siteId = await host.PutSiteAsync();
        var client = host.BearerClient(Tokens.Create(new TokenSpec("anna", Keys.T1, [Keys.Viewer]) { Signer = signer }));

        var site = await client.GetJsonAsync($"api/v1/sites/{siteId}");

        Assert.Equal(siteId, site.Str("siteId"));
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Token_Invalid_401ProblemSayingWhy(string flaw, string detail)
    {
        var spec = new TokenSpec("anna", Keys.T1, [Keys.Admin]);
        spec = flaw switch
        {
            "expired" => spec with { ExpiresIn = TimeSpan.FromMinutes(-10) },
            "audience" => spec with { Audience = "another-api" },
            "issuer" => spec with { Issuer = "https://evil.example.test/" },
            "signature" => spec with { Signer = TokenSigner.Stranger },
            "no-tenant" => spec with { Tenant = null },
            _ => spec with { Subject = null },
        };

        using var response = await host.BearerClient(Tokens.Create(spec)).GetAsync("api/v1/sites");

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains(detail, problem.Str("detail"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Token_OtherTenantsClaim_CannotReadTheFirstTenantsData()
    {
        var siteId = await host.PutSiteAsync();
        var other = host.Bearer("mallory", Keys.T2, Keys.Admin);

        using var site = await other.GetAsync($"api/v1/sites/{siteId}");
        var list = await other.GetJsonAsync("api/v1/sites?limit=500");

        await site.ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(list.EnumerateArray(), s => s.Str("siteId") == siteId);
        await host.Bearer("anna", Keys.T1, Keys.Viewer).GetJsonAsync($"api/v1/sites/{siteId}");
    }

    [Theory]
    [InlineData("POST", "api/v1/alerts/a-1/acknowledge")]
    [InlineData("POST", "api/v1/tickets/t-1/transition")]
    [InlineData("PUT", "api/v1/sites/s-1")]
    [InlineData("GET", "api/v1/audit")]
    public async Task Token_ViewerRole_CannotAct_403(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { by = "anna" }) };

        using var response = await host.Bearer("anna", Keys.T1, Keys.Viewer).SendAsync(request);

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Token_NoKnownRole_403Everywhere()
    {
        using var response = await host.Bearer("anna", Keys.T1, "superuser").GetAsync("api/v1/sites");

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Token_RolesAsCommaList_AreEachRoles()
    {
        var siteId = Fresh.Id("site");

        using var response = await host.Bearer("anna", Keys.T1, "viewer,admin").PutJsonAsync($"api/v1/sites/{siteId}",
            new { name = "North", timeZone = "UTC", lat = 48.85, lon = 2.35, geofenceRadiusM = 500 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
