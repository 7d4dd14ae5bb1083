using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Feed;

/// <summary>Tenant-wide subscribers get each site's coalesced summary instead of every guard's and device's update.</summary>
[Collection(FeedCollection.Name)]
public sealed class SiteSummaryFeedTests(FeedHostFixture host)
{
    [Fact]
    public async Task TenantSubscriber_ShiftStarts_GetsSiteSummariesAndNoGuardOrDeviceUpdates()
    {
        var phone = new Phone(host);
        await using var tenant = await FeedClient.ConnectAsync(host, Keys.For(Keys.T1, Keys.Viewer));
        await using var site = await FeedClient.ConnectAsync(host, Keys.For(Keys.T1, Keys.Viewer));
        await tenant.SubscribeAsync();
        await site.SubscribeAsync(siteId: phone.SiteId);

        await phone.StartShiftAsync(await host.NowAsync());
        var summary = await tenant.WaitForAsync(e => Is(e, "site_summary", phone.SiteId) && e.GetProperty("data").GetProperty("guardsOnShift").GetInt32() == 1);
        var update = await site.WaitForAsync(e => Is(e, "guard_updated", phone.SiteId) && e.GetProperty("guardId").GetString() == phone.GuardId);

        var data = summary.GetProperty("data");
        Assert.Equal(phone.SiteId, data.GetProperty("siteId").GetString());
        Assert.Equal(0, data.GetProperty("inactiveGuards").GetInt32());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("guardId").ValueKind);
        Assert.True(summary.GetProperty("seq").GetInt64() > 0);

        // The relay sends in sequence order and each connection keeps that order, so once the tenant
        // subscriber holds a summary numbered after the guard's update, anything of that update meant
        // for it would have arrived already. A change of the site's settings brings such a summary.
        var afterUpdate = update.GetProperty("seq").GetInt64();
        var body = new JsonObject { ["name"] = "Renamed depot", ["timeZone"] = "UTC", ["lat"] = Phone.BaseLat, ["lon"] = Phone.BaseLon, ["geofenceRadiusM"] = 300.0 };
        await (await host.Admin().PutJsonAsync($"api/v1/sites/{phone.SiteId}", body)).JsonAsync(HttpStatusCode.OK);
        var renamed = await tenant.WaitForAsync(e => Is(e, "site_summary", phone.SiteId) && e.GetProperty("seq").GetInt64() > afterUpdate
            && e.GetProperty("data").GetProperty("name").GetString() == "Renamed depot");
        Assert.Equal(1, renamed.GetProperty("data").GetProperty("guardsOnShift").GetInt32());

        Assert.DoesNotContain(tenant.Received, e => e.GetProperty("type").GetString() is "guard_updated" or "device_updated");
        Assert.DoesNotContain(site.Received, e => e.GetProperty("type").GetString() == "site_summary");
        Assert.Contains(site.Received, e => Is(e, "device_updated", phone.SiteId));
    }

    [Fact]
    public async Task TenantSubscriber_AlertAtASite_ArrivesWithTheSummaryThatCountsIt()
    {
        var phone = new Phone(host);
        await using var tenant = await FeedClient.ConnectAsync(host, Keys.For(Keys.T1, Keys.Viewer));
        await tenant.SubscribeAsync();

        var start = await host.NowAsync();
        await phone.StartShiftAsync(start);
        await host.SetClockAsync(start + Fixtures.Inactivity.Window);

        var raised = await tenant.WaitForAsync(e => Is(e, "alert_raised", phone.SiteId) && e.GetProperty("guardId").GetString() == phone.GuardId);
        Assert.Equal("inactivity", raised.GetProperty("data").GetProperty("type").GetString());
        var summary = await tenant.WaitForAsync(e => Is(e, "site_summary", phone.SiteId)
            && e.GetProperty("data").GetProperty("inactiveGuards").GetInt32() == 1
            && e.GetProperty("data").GetProperty("activeAlerts").GetProperty("critical").GetInt32() == 1);
        Assert.Equal(phone.GuardId, summary.GetProperty("data").GetProperty("worstGuardId").GetString());
        Assert.Equal(1.0, summary.GetProperty("data").GetProperty("worstGuardScore").GetDouble());
    }

    private static bool Is(JsonElement envelope, string type, string siteId) =>
        envelope.GetProperty("type").GetString() == type && envelope.GetProperty("siteId").GetString() == siteId;
}
