using Monitoring.Fleet.Http;
using System.Globalization;

namespace Monitoring.Simulator.Quality;

/// <summary>
/// Reads every alert of the key's tenant raised since a time, whatever its status, page by page
/// with the API's cursor (newest first).
/// </summary>
internal static class AlertReader
{
    public const int PageSize = 500;

    public static async Task<IReadOnlyList<ObservedAlert>> ReadAllAsync(HostApi api, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var alerts = new Dictionary<string, ObservedAlert>(StringComparer.Ordinal);
        var from = Uri.EscapeDataString(since.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        string? cursor = null;
        do
        {
            var path = $"api/v1/alerts?limit={PageSize}&since={from}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await api.GetAsync<ObservedAlertPage>(path, cancellationToken);
            foreach (var alert in page.Items)
            {
                alerts.TryAdd(alert.AlertId, alert);
            }

            cursor = page.Items.Count > 0 ? page.NextCursor : null;
        }
        while (cursor is not null);

        return [.. alerts.Values];
    }
}
