using System.Net;
using System.Text.Json.Nodes;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Notifications;

/// <summary>Valid bodies for the book's endpoints, and the sites and contacts routes need.</summary>
internal static class BookBodies
{
    public const string Secret = "s3cret-signing-key-0001";

    public static JsonObject Webhook(string url = "https://hooks.example.com/monitoring", string? secret = Secret) => new()
    {
        ["kind"] = "webhook",
        ["url"] = url,
        ["secret"] = secret,
    };

    public static JsonObject Contact(params JsonObject[] channels) => new()
    {
        ["name"] = "Night supervisor",
        ["channels"] = new JsonArray([.. channels.Length == 0 ? [Webhook()] : channels]),
    };

    public static JsonObject Route(string contactId, params string[] siteIds) => new()
    {
        ["name"] = "Nights",
        ["siteIds"] = new JsonArray([.. siteIds.Select(s => (JsonNode)s)]),
        ["types"] = new JsonArray("inactivity", "device_offline"),
        ["severities"] = new JsonArray("high", "critical"),
        ["hours"] = new JsonObject { ["from"] = "20:00", ["to"] = "06:00" },
        ["tiers"] = new JsonArray(new JsonObject { ["tier"] = 0, ["contactIds"] = new JsonArray(contactId) }),
    };

    public static JsonObject Silence(string siteId, int durationMinutes = 60) => new()
    {
        ["matchers"] = new JsonObject { ["siteId"] = siteId },
        ["durationMinutes"] = durationMinutes,
        ["createdBy"] = "ops-anna",
        ["comment"] = "Network works at the gate",
    };

    public static async Task<string> ContactAsync(HostFixture host, string tenant = Keys.T1)
    {
        var id = Fresh.Id("ct");
        await (await host.Admin(tenant).PutJsonAsync($"api/v1/contacts/{id}", Contact())).JsonAsync(HttpStatusCode.OK);
        return id;
    }

    public static async Task<string> SiteAsync(HostFixture host, string tenant = Keys.T1)
    {
        var id = Fresh.Id("site");
        var body = new { name = "Depot " + id, timeZone = "Europe/Paris", lat = 48.85, lon = 2.35, geofenceRadiusM = 300 };
        await (await host.Admin(tenant).PutJsonAsync($"api/v1/sites/{id}", body)).JsonAsync(HttpStatusCode.OK);
        return id;
    }
}
