using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Monitoring.Server.Tests.Fixtures;

/// <summary>Sites and inactive guards for the tests that need real alerts: the host's clock raises them.</summary>
public static class Inactivity
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    /// <summary>Configures a site (a fresh one unless <paramref name="siteId"/> is given) and returns its id.</summary>
    public static async Task<string> PutSiteAsync(
        this HostFixture host, string timeZone = "UTC", double? inactivityThreshold = null, string? siteId = null, string tenant = Keys.T1)
    {
        siteId ??= Fresh.Id("site");
        var body = new JsonObject
        {
            ["name"] = "Site " + siteId,
            ["timeZone"] = timeZone,
            ["lat"] = Phone.BaseLat,
            ["lon"] = Phone.BaseLon,
            ["geofenceRadiusM"] = 500.0,
            ["inactivityThreshold"] = inactivityThreshold,
        };
        await (await host.Admin(tenant).PutJsonAsync($"api/v1/sites/{siteId}", body)).JsonAsync(HttpStatusCode.OK);
        return siteId;
    }

    /// <summary>
    /// A guard who starts a shift now at a fresh UTC site and does nothing for a whole window: the
    /// clock moves 30 minutes and the evaluation then raises one critical inactivity alert.
    /// </summary>
    public static async Task<(Phone Phone, JsonElement Alert)> InactiveGuardAsync(this HostFixture host, string tenant = Keys.T1)
    {
        var phone = new Phone(host, tenant) { SiteId = await host.PutSiteAsync(tenant: tenant) };
        var start = await host.NowAsync();
        await phone.StartShiftAsync(start);
        await host.SetClockAsync(start + Window);
        var alert = Assert.Single(await phone.AlertsAsync());
        return (phone, alert);
    }

    public static Task<JsonElement> AlertAsync(this HostFixture host, string alertId, string tenant = Keys.T1) =>
        host.Viewer(tenant).GetJsonAsync($"api/v1/alerts/{alertId}");

    /// <summary>Posts an action (acknowledge, verify, resolve) as the operator and returns the response.</summary>
    public static Task<HttpResponseMessage> ActAsync(this HostFixture host, string alertId, string action, object body, string tenant = Keys.T1) =>
        host.Operator(tenant).PostJsonAsync($"api/v1/alerts/{alertId}/{action}", body);
}
