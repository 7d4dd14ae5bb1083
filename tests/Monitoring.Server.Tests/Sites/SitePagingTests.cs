using System.Net;
using System.Text.Json;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Sites;

[Collection(ApiCollection.Name)]
public sealed class SitePagingTests(ApiHostFixture host)
{
    /// <summary>Follows the <c>Link: rel="next"</c> headers from <paramref name="first"/>: each page's items, in order.</summary>
    private async Task<List<JsonElement[]>> WalkAsync(string first)
    {
        var pages = new List<JsonElement[]>();
        string? next = first;
        while (next is not null)
        {
            using var response = await host.Viewer().GetAsync(next);
            var page = await response.JsonAsync(HttpStatusCode.OK);
            pages.Add([.. page.EnumerateArray()]);
            next = response.Headers.TryGetValues("Link", out var links) ? NextOf(links.Single()) : null;
            Assert.True(pages.Count < 1_000, "The pages never end.");
        }

        return pages;
    }

    private static string NextOf(string link)
    {
        Assert.EndsWith("; rel=\"next\"", link, StringComparison.Ordinal);
        return link[(link.IndexOf('<', StringComparison.Ordinal) + 1)..link.IndexOf('>', StringComparison.Ordinal)].TrimStart('/');
    }

    [Fact]
    public async Task ListSites_LimitTwo_EverySiteOnceInOrderAcrossPages()
    {
        var prefix = Fresh.Id("pg");
        var mine = Enumerable.Range(1, 5).Select(i => $"{prefix}-{i}").ToList();
        foreach (var siteId in mine)
        {
            await (await host.Admin().PutJsonAsync($"api/v1/sites/{siteId}", SitesApiTests.ValidSite())).JsonAsync(HttpStatusCode.OK);
        }

        var pages = await WalkAsync("api/v1/sites?limit=2");

        Assert.All(pages, p => Assert.True(p.Length <= 2, $"A page of {p.Length} sites for limit=2."));
        var ids = pages.SelectMany(p => p).Select(s => s.Str("siteId")).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(mine, ids.Where(id => id.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ListSites_Default_IsAPlainArrayOfAtMostOneHundred()
    {
        await (await host.Admin().PutJsonAsync($"api/v1/sites/{Fresh.Id("site")}", SitesApiTests.ValidSite())).JsonAsync(HttpStatusCode.OK);

        var sites = await host.Viewer().GetJsonAsync("api/v1/sites");

        Assert.Equal(JsonValueKind.Array, sites.ValueKind);
        Assert.InRange(sites.GetArrayLength(), 1, 100);
    }

    [Theory]
    [InlineData("api/v1/sites?limit=0", "limit")]
    [InlineData("api/v1/sites?limit=501", "limit")]
    [InlineData("api/v1/sites?limit=ten", "limit")]
    [InlineData("api/v1/sites?cursor=%21%21%21", "cursor")]
    [InlineData("api/v1/sites?cursor=Zm9vL2Jhcg", "cursor")]
    public async Task ListSites_BadPaging_Is400NamingTheField(string path, string field)
    {
        await (await host.Viewer().GetAsync(path)).ValidationProblemAsync(field);
    }

    [Fact]
    public async Task SiteGuards_LimitTwo_ThreeGuardsOnTwoPages()
    {
        var now = await host.NowAsync();
        var siteId = Fresh.Id("site");
        var phones = Enumerable.Range(0, 3).Select(_ => new Phone(host) { SiteId = siteId }).ToList();
        await phones[0].SendAsync([.. phones.Select(p => p.ShiftStart(now))]);

        var pages = await WalkAsync($"api/v1/sites/{siteId}/guards?limit=2");

        Assert.Equal(new[] { 2, 1 }, pages.Select(p => p.Length));
        Assert.Equal(
            phones.Select(p => p.GuardId).Order(StringComparer.Ordinal),
            pages.SelectMany(p => p).Select(g => g.Str("guardId")));
    }

    [Fact]
    public async Task SiteGuards_BadCursor_Is400NamingTheField()
    {
        var phone = new Phone(host);
        await phone.StartShiftAsync(await host.NowAsync());

        await (await host.Viewer().GetAsync($"api/v1/sites/{phone.SiteId}/guards?cursor=%2F")).ValidationProblemAsync("cursor");
    }
}
