using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Simulator.Notify;

/// <summary>Reads back the run's alerts (id and raise time) once the host has raised them all.</summary>
internal static class NotifyAlerts
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyDictionary<string, DateTimeOffset>> WaitForAsync(
        HttpClient http, string[] sites, int expected, CancellationToken cancellationToken)
    {
        var wanted = sites.ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        for (var attempt = 0; attempt < 60 && found.Count < expected; attempt++)
        {
            found.Clear();
            string? cursor = null;
            do
            {
                var path = "api/v1/alerts?type=concurrent_device&limit=500" + (sites.Length == 1 ? $"&siteId={sites[0]}" : "") +
                    (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
                var page = await http.GetFromJsonAsync<Page>(path, Web, cancellationToken) ?? new Page([], null);
                foreach (var alert in page.Items.Where(a => wanted.Contains(a.SiteId)))
                {
                    found[alert.AlertId] = alert.RaisedAt;
                }

                cursor = page.NextCursor;
            }
            while (cursor is not null);

            if (found.Count < expected)
            {
                await Task.Delay(1000, cancellationToken);
            }
        }

        return found;
    }

    private sealed record Page(IReadOnlyList<Item> Items, string? NextCursor);

    private sealed record Item(string AlertId, string SiteId, DateTimeOffset RaisedAt);
}
