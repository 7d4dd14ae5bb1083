using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Cli.Tests.Fixtures;

/// <summary>A guard with one phone at a fresh site of the test tenant; its shift start goes in with the admin key.</summary>
public sealed class Guard(CliHost host)
{
    private long _seq;

    public string SiteId { get; } = Fresh("site");

    public string GuardId { get; } = Fresh("guard");

    public string DeviceId { get; } = Fresh("phone");

    public static string Fresh(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public async Task PutSiteAsync()
    {
        using var admin = host.Client(CliHost.AdminKey);
        using var response = await admin.PutAsJsonAsync(
            $"api/v1/sites/{SiteId}", new { name = "Site " + SiteId, timeZone = "UTC", lat = 48.8566, lon = 2.3522, geofenceRadiusM = 500.0 });
        response.EnsureSuccessStatusCode();
    }

    public async Task StartShiftAsync(DateTimeOffset ts)
    {
        using var admin = host.Client(CliHost.AdminKey);
        var shiftStart = new { deviceId = DeviceId, seq = ++_seq, ts, type = "shift_start", guardId = GuardId, siteId = SiteId };
        using var response = await admin.PostAsJsonAsync("api/v1/telemetry", new { events = new[] { shiftStart } });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Starts the shift now and moves the clock a whole inactivity window on: the evaluation then
    /// raises one critical inactivity alert, whose id is returned.
    /// </summary>
    public async Task<string> InactiveAsync()
    {
        await PutSiteAsync();
        var start = await host.NowAsync();
        await StartShiftAsync(start);
        await host.SetClockAsync(start + TimeSpan.FromMinutes(30));
        var alert = (await AlertsAsync()).Single();
        return alert.GetProperty("alertId").GetString()!;
    }

    public async Task<JsonElement[]> AlertsAsync()
    {
        using var viewer = host.Client(CliHost.ViewerKey);
        var page = await viewer.GetFromJsonAsync<JsonElement>($"api/v1/alerts?guardId={GuardId}&limit=500");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    public async Task<JsonElement> AlertAsync(string alertId)
    {
        using var viewer = host.Client(CliHost.ViewerKey);
        return await viewer.GetFromJsonAsync<JsonElement>($"api/v1/alerts/{alertId}");
    }
}
