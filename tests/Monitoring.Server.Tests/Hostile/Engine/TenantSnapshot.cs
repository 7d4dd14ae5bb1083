using System.Text.Json;

namespace Monitoring.Tests.Shared.Hostile;

/// <summary>
/// A tenant's state as its viewer reads it through the API (sites, site guards, guards, devices,
/// alerts, tickets, incidents, rules, the feed, the notification book): one canonical text per path, compared before and after.
/// </summary>
internal static class TenantSnapshot
{
    public static async Task<SortedDictionary<string, string>> TakeAsync(HttpClient viewer, SeededTenant tenant)
    {
        var paths = new List<string> { "api/v1/sites", "api/v1/alerts?limit=500", "api/v1/tickets?limit=500", "api/v1/incidents?limit=500", "api/v1/rules",
            "api/v1/events?limit=1000",
            "api/v1/contacts", "api/v1/routes", "api/v1/silences", "api/v1/inhibitions" };
        paths.AddRange(tenant.Sites.SelectMany(s => new[] { $"api/v1/sites/{s}", $"api/v1/sites/{s}/guards", $"api/v1/rules?siteId={s}" }));
        paths.AddRange(tenant.Guards.Select(g => $"api/v1/guards/{g}"));
        paths.AddRange(tenant.Devices.Select(d => $"api/v1/devices/{d}"));
        paths.AddRange(tenant.Alerts.Select(a => $"api/v1/alerts/{a}"));
        paths.AddRange(tenant.Tickets.Select(t => $"api/v1/tickets/{t}"));
        paths.AddRange(tenant.Incidents.Select(i => $"api/v1/incidents/{i}"));
        paths.AddRange(tenant.Contacts.Select(c => $"api/v1/contacts/{c}"));
        paths.AddRange(tenant.Routes.Select(r => $"api/v1/routes/{r}"));
        paths.AddRange(tenant.Silences.Select(s => $"api/v1/silences/{s}"));
        paths.AddRange(tenant.Inhibitions.Select(i => $"api/v1/inhibitions/{i}"));
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            using var response = await viewer.GetAsync(path);
            var text = await response.Content.ReadAsStringAsync();
            snapshot[path] = $"{(int)response.StatusCode} {Canonical(text)}";
        }

        return snapshot;
    }

    /// <summary>The paths whose answer differs, each with both answers cut short.</summary>
    public static IEnumerable<string> Differences(SortedDictionary<string, string> before, SortedDictionary<string, string> after) =>
        before.Where(p => !after.TryGetValue(p.Key, out var now) || now != p.Value)
            .Select(p => $"{p.Key}\n  before: {HostileText.Preview(p.Value, 400)}\n  after:  {HostileText.Preview(after.GetValueOrDefault(p.Key) ?? "", 400)}");

    private static string Canonical(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return JsonSerializer.Serialize(document.RootElement);
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
