using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Simulator.Notify;

/// <summary>The host's side of a run: its sites, one webhook contact per receiver path, and the route to them.</summary>
internal static class NotifySetup
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task CreateAsync(
        HttpClient http, NotifySettings settings, string run, string[] sites, string[] contacts, HookReceiver receiver, string secret,
        CancellationToken cancellationToken)
    {
        foreach (var site in sites)
        {
            await PutAsync(http, $"api/v1/sites/{site}", new { name = site, timeZone = "UTC", lat = 48.85, lon = 2.35, geofenceRadiusM = 300 }, cancellationToken);
        }

        foreach (var contact in contacts)
        {
            await PutAsync(http, $"api/v1/contacts/{contact}", new
            {
                name = contact,
                channels = new[] { new { kind = "webhook", url = receiver.UrlOf(contact), secret } },
                // A storm shows grouping under the default limit; a latency run sends one message
                // per alert, so its contacts may take them all.
                rateLimitMessages = settings.Storm ? 10 : 1000,
                rateLimitMinutes = settings.Storm ? 60 : 1,
            }, cancellationToken);
        }

        // Latency runs use one site per alert: the route names none (every site), so run them on a host of their own.
        await PutAsync(http, $"api/v1/routes/{run}", new
        {
            name = run,
            siteIds = settings.Storm ? sites : [],
            types = new[] { "concurrent_device" },
            tiers = new[] { new { tier = 0, contactIds = contacts } },
            groupWaitS = settings.GroupWaitS,
            groupIntervalS = 300,
            repeatIntervalS = 14_400,
        }, cancellationToken);
    }

    private static async Task PutAsync(HttpClient http, string path, object body, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync(path, body, Web, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"PUT {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }
}
