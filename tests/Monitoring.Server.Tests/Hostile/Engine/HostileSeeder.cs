using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Monitoring.Tests.Shared.Hostile;

/// <summary>
/// Seeds tenants A and B through the API: two sites each, a guard with a phone on shift at each,
/// a contact, route, inhibition rule and silence,
/// then the clock moves past the inactivity window so each guard has an alert, a ticket and
/// (from correlation) an incident. Ids carry the tenant's prefix, so a leak is easy to spot.
/// </summary>
internal static class HostileSeeder
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(31);

    public static async Task<(SeededTenant A, SeededTenant B, DateTimeOffset Now)> SeedAsync(HostileTarget target, HttpClient http, DateTimeOffset start)
    {
        var a = new SeededTenant(HostileTarget.TenantA, "hxa");
        var b = new SeededTenant(HostileTarget.TenantB, "hxb");
        foreach (var tenant in new[] { a, b })
        {
            await StartShiftsAsync(target, http, tenant, start);
            await SeedBookAsync(target, http, tenant, start);
        }

        var now = start + Window;
        await target.SetClockAsync(now);
        foreach (var tenant in new[] { a, b })
        {
            await CollectAsync(target, http, tenant);
        }

        return (a, b, now);
    }

    private static async Task StartShiftsAsync(HostileTarget target, HttpClient http, SeededTenant tenant, DateTimeOffset start)
    {
        var events = new List<string>();
        for (var i = 1; i <= 2; i++)
        {
            var (site, guard, device) = ($"{tenant.Prefix}-site-{i}", $"{tenant.Prefix}-g-{i}", $"{tenant.Prefix}-dev-{i}");
            var body = "{\"name\":\"Site " + site + "\",\"timeZone\":\"UTC\",\"lat\":48.85,\"lon\":2.35,\"geofenceRadiusM\":500}";
            await SendAsync(http, HttpMethod.Put, $"api/v1/sites/{site}", target.Key(tenant.Tenant, "admin"), body, HttpStatusCode.OK);
            tenant.Sites.Add(site);
            tenant.Guards.Add(guard);
            tenant.Devices.Add(device);
            events.Add($"{{\"deviceId\":\"{device}\",\"seq\":1,\"ts\":\"{Iso(start)}\",\"type\":\"shift_start\",\"guardId\":\"{guard}\",\"siteId\":\"{site}\"}}");
            events.Add($"{{\"deviceId\":\"{device}\",\"seq\":2,\"ts\":\"{Iso(start)}\",\"type\":\"heartbeat\",\"battery\":61.5,\"charging\":false,\"signalDbm\":-80}}");
        }

        await SendAsync(http, HttpMethod.Post, "api/v1/telemetry", target.Key(tenant.Tenant, "device"),
            "{\"events\":[" + string.Join(",", events) + "]}", HttpStatusCode.Accepted);
    }

    /// <summary>A contact, a route to it for the first site, an inhibition rule and a month-long silence of the first site.</summary>
    private static async Task SeedBookAsync(HostileTarget target, HttpClient http, SeededTenant tenant, DateTimeOffset start)
    {
        var admin = target.Key(tenant.Tenant, "admin");
        var (contact, route, rule) = ($"{tenant.Prefix}-ct-1", $"{tenant.Prefix}-rt-1", $"{tenant.Prefix}-inh-1");
        await SendAsync(http, HttpMethod.Put, $"api/v1/contacts/{contact}", admin,
            "{\"name\":\"Night lead\",\"channels\":[" + HostileEndpoints.WebhookChannel + "]}", HttpStatusCode.OK);
        // A route for a type nothing here raises: a route matching the seeded alerts would queue
        // deliveries whose retries change the feed while the run compares it.
        await SendAsync(http, HttpMethod.Put, $"api/v1/routes/{route}", admin,
            "{\"siteIds\":[\"" + tenant.Sites[0] + "\"],\"types\":[\"fraud_risk\"],\"tiers\":[{\"tier\":0,\"contactIds\":[\"" + contact + "\"]}]}", HttpStatusCode.OK);
        await SendAsync(http, HttpMethod.Put, $"api/v1/inhibitions/{rule}", admin,
            "{\"sourceTypes\":[\"geofence_exit\"],\"targetTypes\":[\"inactivity\"]}", HttpStatusCode.OK);
        var silence = await SendAsync(http, HttpMethod.Post, "api/v1/silences", admin,
            "{\"matchers\":{\"siteId\":\"" + tenant.Sites[0] + "\",\"type\":\"poor_signal\"},\"endsAt\":\"" + Iso(start.AddDays(30))
            + "\",\"createdBy\":\"seeder\",\"comment\":\"hostile run\"}", HttpStatusCode.Created);
        using var document = JsonDocument.Parse(silence);
        tenant.Contacts.Add(contact);
        tenant.Routes.Add(route);
        tenant.Inhibitions.Add(rule);
        tenant.Silences.Add(document.RootElement.GetProperty("silenceId").GetString()!);
    }

    /// <summary>Waits (a few seconds at most) for the alerts, tickets and incidents the clock move raised, and notes their ids.</summary>
    private static async Task CollectAsync(HostileTarget target, HttpClient http, SeededTenant tenant)
    {
        var viewer = target.Key(tenant.Tenant, "viewer");
        for (var attempt = 0; attempt < 50; attempt++)
        {
            tenant.Alerts.Clear();
            tenant.Tickets.Clear();
            tenant.Incidents.Clear();
            tenant.Alerts.AddRange(await IdsAsync(http, viewer, "api/v1/alerts?limit=500", "alertId"));
            tenant.Tickets.AddRange(await IdsAsync(http, viewer, "api/v1/tickets?limit=500", "ticketId"));
            tenant.Incidents.AddRange(await IdsAsync(http, viewer, "api/v1/incidents?limit=500", "incidentId"));
            if (tenant.Alerts.Count >= tenant.Guards.Count && tenant.Tickets.Count > 0 && tenant.Incidents.Count > 0)
            {
                return;
            }

            await Task.Delay(200);
        }
    }

    private static async Task<List<string>> IdsAsync(HttpClient http, string key, string path, string idName)
    {
        var text = await SendAsync(http, HttpMethod.Get, path, key, null, HttpStatusCode.OK);
        using var document = JsonDocument.Parse(text);
        return [.. document.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty(idName).GetString()!)];
    }

    private static async Task<string> SendAsync(HttpClient http, HttpMethod method, string path, string key, string? body, HttpStatusCode expected)
    {
        using var message = new HttpRequestMessage(method, path);
        message.Headers.Add("X-Api-Key", key);
        if (body is not null)
        {
            message.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"Seeding: {method} {path} answered {(int)response.StatusCode}: {text}");
        }

        return text;
    }

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
