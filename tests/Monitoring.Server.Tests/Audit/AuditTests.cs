using System.Net;
using System.Text.Json;
using Monitoring.Server.Tests.Fixtures;
using Monitoring.Server.Tests.Notifications;

namespace Monitoring.Server.Tests.Audit;

/// <summary>
/// Admin and configuration changes leave a record: who (key id or token subject), what, the
/// resource before and after as its GET shows it, and when. Refused requests leave none; each
/// tenant reads its own records; the system role reads the host's.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AuditTests(ApiHostFixture host)
{
    [Fact]
    public async Task SitePut_CreateThenChange_TwoRecordsWithBeforeAndAfter()
    {
        var siteId = Fresh.Id("site");
        await Put(host.Admin(), siteId, "North gate");
        await Put(host.Bearer("lead-maria", Keys.T1, Keys.Admin), siteId, "North gate B");

        var records = await RecordsAsync(host.Admin(), "site", siteId);

        Assert.Equal(2, records.Count);
        var (changed, created) = (records[0], records[1]);
        Assert.True(changed.GetProperty("auditId").GetInt64() > created.GetProperty("auditId").GetInt64());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("before").ValueKind);
        Assert.Equal("North gate", created.GetProperty("after").Str("name"));
        Assert.StartsWith("key:", created.Str("actor"), StringComparison.Ordinal);
        Assert.Equal(created.Str("actor"), "key:" + created.Str("keyId"));
        Assert.True(created.IsNull("subject"));
        Assert.Equal("North gate", changed.GetProperty("before").Str("name"));
        Assert.Equal("North gate B", changed.GetProperty("after").Str("name"));
        Assert.Equal("lead-maria", changed.Str("actor"));
        Assert.Equal("lead-maria", changed.Str("subject"));
        Assert.True(changed.IsNull("keyId"));
        Assert.Equal("PUT", changed.Str("method"));
        Assert.Equal($"/api/v1/sites/{siteId}", changed.Str("path"));
        Assert.Equal(200, changed.Int("status"));
        Assert.Equal(ApiHostFixture.Start, changed.Time("at"));
    }

    [Fact]
    public async Task RouteChange_PutChangeDelete_RecordsEachWithBeforeAndAfter()
    {
        var contact = await BookBodies.ContactAsync(host);
        var site = await BookBodies.SiteAsync(host);
        var routeId = Fresh.Id("rt");
        var route = BookBodies.Route(contact, site);
        await (await host.Admin().PutJsonAsync($"api/v1/routes/{routeId}", route)).JsonAsync(HttpStatusCode.OK);
        route["name"] = "Weekends";
        await (await host.Admin().PutJsonAsync($"api/v1/routes/{routeId}", route)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NoContent, (await host.Admin().DeleteAsync($"api/v1/routes/{routeId}")).StatusCode);

        var records = await RecordsAsync(host.Admin(), "route", routeId);

        Assert.Equal(["DELETE", "PUT", "PUT"], records.Select(r => r.Str("method")));
        Assert.Equal("Weekends", records[0].GetProperty("before").Str("name"));
        Assert.Equal(JsonValueKind.Null, records[0].GetProperty("after").ValueKind);
        Assert.Equal(204, records[0].Int("status"));
        Assert.Equal("Nights", records[1].GetProperty("before").Str("name"));
        Assert.Equal("Weekends", records[1].GetProperty("after").Str("name"));
        Assert.Equal(contact, records[1].GetProperty("after").GetProperty("tiers")[0].GetProperty("contactIds")[0].GetString());
        Assert.Equal(JsonValueKind.Null, records[2].GetProperty("before").ValueKind);
    }

    [Fact]
    public async Task ContactPut_SecretNeverInTheRecord()
    {
        var contact = await BookBodies.ContactAsync(host);

        var record = Assert.Single(await RecordsAsync(host.Admin(), "contact", contact));

        Assert.DoesNotContain(BookBodies.Secret, record.GetRawText(), StringComparison.Ordinal);
        Assert.True(record.GetProperty("after").GetProperty("channels")[0].GetProperty("hasSecret").GetBoolean());
    }

    [Fact]
    public async Task RulePut_SiteOverride_BeforeIsTheRowInForce()
    {
        var site = await BookBodies.SiteAsync(host);
        var body = new { threshold = 30, durationS = 300, severity = "high", slaS = 1800, siteId = site };

        await (await host.Admin().PutJsonAsync("api/v1/rules/battery_low", body)).JsonAsync(HttpStatusCode.OK);

        var record = Assert.Single(await RecordsAsync(host.Admin(), "rule", "battery_low"), r => r.GetProperty("after").Str("siteId") == site);
        Assert.NotEqual("site", record.GetProperty("before").Str("scope"));
        Assert.Equal("site", record.GetProperty("after").Str("scope"));
    }

    [Fact]
    public async Task SilenceCreate_RecordCarriesTheNewId()
    {
        var created = await (await host.Admin().PostJsonAsync("api/v1/silences", BookBodies.Silence(Fresh.Id("site")))).JsonAsync(HttpStatusCode.Created);

        var record = Assert.Single(await RecordsAsync(host.Admin(), "silence", created.Str("silenceId")));

        Assert.Equal("POST", record.Str("method"));
        Assert.Equal(201, record.Int("status"));
        Assert.Equal(JsonValueKind.Null, record.GetProperty("before").ValueKind);
    }

    [Fact]
    public async Task RefusedChange_LeavesNoRecord()
    {
        var siteId = Fresh.Id("site");

        using var response = await host.Admin().PutJsonAsync($"api/v1/sites/{siteId}", new { name = "x", timeZone = "Mars/Olympus", lat = 1, lon = 1, geofenceRadiusM = 10 });

        await response.ValidationProblemAsync("timeZone");
        Assert.Empty(await RecordsAsync(host.Admin(), "site", siteId));
    }

    [Fact]
    public async Task Audit_OtherTenantsAdmin_SeesNoneOfIt_SystemSeesTheClock()
    {
        var siteId = Fresh.Id("site");
        await Put(host.Admin(), siteId, "North gate");

        Assert.Empty(await RecordsAsync(host.Admin(Keys.T2), "site", siteId));
        Assert.Empty((await host.Admin().GetJsonAsync("api/v1/audit?resource=clock&limit=500")).Items());
        var clock = (await host.HostWide().GetJsonAsync("api/v1/audit?resource=clock")).Items();
        Assert.NotEmpty(clock);
        Assert.All(clock, r => Assert.True(r.Bool("hostWide")));
        Assert.Empty(await RecordsAsync(host.HostWide(), "site", siteId));
    }

    [Fact]
    public async Task Audit_Paging_FollowsTheCursorNewestFirst()
    {
        var siteId = Fresh.Id("site");
        foreach (var name in new[] { "a", "b", "c" })
        {
            await Put(host.Admin(), siteId, name);
        }

        var actor = (await RecordsAsync(host.Admin(), "site", siteId))[0].Str("actor");
        var seen = new List<long>();
        string? cursor = null;
        do
        {
            var page = await host.Admin().GetJsonAsync($"api/v1/audit?resource=site&actor={Uri.EscapeDataString(actor)}&limit=2"
                + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            seen.AddRange(page.Items().Select(r => r.GetProperty("auditId").GetInt64()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(seen.OrderDescending(), seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.True(seen.Count >= 3);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("cursor=nope", "cursor")]
    [InlineData("since=yesterday", "since")]
    [InlineData("resource=a%20b", "resource")]
    public async Task Audit_BadQuery_400NamingTheField(string query, string field)
    {
        using var response = await host.Admin().GetAsync("api/v1/audit?" + query);

        await response.ValidationProblemAsync(field);
    }

    private static async Task Put(HttpClient admin, string siteId, string name) =>
        await (await admin.PutJsonAsync($"api/v1/sites/{siteId}", new { name, timeZone = "UTC", lat = 48.85, lon = 2.35, geofenceRadiusM = 500 }))
            .JsonAsync(HttpStatusCode.OK);

    // Every page: other tests of the collection change sites too.
    private static async Task<List<JsonElement>> RecordsAsync(HttpClient client, string resource, string id)
    {
        var records = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await client.GetJsonAsync($"api/v1/audit?resource={resource}&limit=500" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            records.AddRange(page.Items().Where(r => r.Str("resourceId") == id));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        return records;
    }
}
