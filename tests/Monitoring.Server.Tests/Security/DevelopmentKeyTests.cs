using System.Net;
using System.Net.Http.Json;
using Monitoring.Server.Hosting;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Security;

/// <summary>
/// The embedded default with no keys runs on one development key that is both admin of tenant
/// <c>dev</c> and system (the first-night flow and manual-clock replays need both); a PostgreSQL
/// host with no keys does not start.
/// </summary>
public sealed class DevelopmentKeyTests
{
    [Fact]
    public async Task DevelopmentKey_EmbeddedDefault_IsTenantAdminAndSystem()
    {
        var key = $"dev-{Guid.NewGuid():N}";
        var app = MonitoringHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Production",
            "--Monitoring:Clock=manual",
            "--Monitoring:DevelopmentKey=" + key,
            "--Monitoring:Silo:Port=" + FreePorts.Next(),
            "--Monitoring:Silo:GatewayPort=" + FreePorts.Next(),
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Orleans=Error",
        ]);
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single().TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(30) };
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
            var now = (await client.GetJsonAsync("api/v1/admin/clock")).Time("now");

            var clock = await (await client.PostJsonAsync("api/v1/admin/clock", new { now = Iso.Of(now.AddMinutes(10)) })).JsonAsync(HttpStatusCode.OK);
            var site = await client.PutAsJsonAsync($"api/v1/sites/{Fresh.Id("site")}", new { name = "Depot", timeZone = "UTC", lat = 48.85, lon = 2.35, geofenceRadiusM = 300 });

            Assert.Equal(now.AddMinutes(10), clock.Time("now"));
            await site.JsonAsync(HttpStatusCode.OK);
            await client.GetJsonAsync("api/v1/admin/memory");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Fact]
    public void Build_PostgresWithoutKeys_RefusesNamingTheSetting()
    {
        // Port 1 is never reached: the host refuses before it opens the database.
        var error = Assert.Throws<StartupRefusedException>(() => MonitoringHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--ConnectionStrings:Postgres=Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none",
        ]));

        Assert.Contains("Monitoring__ApiKeys__0__Key", error.Message, StringComparison.Ordinal);
    }
}
