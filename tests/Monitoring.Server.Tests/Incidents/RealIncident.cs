using System.Text.Json;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Incidents;

/// <summary>An incident made the real way: a guard starts a shift, does nothing, and the clock moves past the inactivity window.</summary>
internal static class RealIncident
{
    /// <summary>Raises one guard's inactivity alert (at a fresh site unless given) and returns (incident id, alert id, the phone).</summary>
    public static async Task<(string IncidentId, string AlertId, Phone Phone)> CreateAsync(HostFixture host, string tenant = Keys.T1, string? siteId = null)
    {
        var phone = siteId is null ? new Phone(host, tenant) : new Phone(host, tenant) { SiteId = siteId };
        var start = await host.NowAsync();
        await phone.StartShiftAsync(start);
        await host.SetClockAsync(start + Fixtures.Inactivity.Window + TimeSpan.FromMinutes(1));
        var alertId = Assert.Single(await phone.AlertsAsync()).Str("alertId");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var alert = await host.Viewer(tenant).GetJsonAsync($"api/v1/alerts/{alertId}");
            if (alert.GetProperty("incidentId").ValueKind == JsonValueKind.String)
            {
                return (alert.Str("incidentId"), alertId, phone);
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"Alert {alertId} joined no incident within 20 s.");
    }
}
