using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Monitoring.Server.Hosting;

namespace Monitoring.Integration.Tests.Hostile;

/// <summary>
/// The real host on PostgreSQL (clustering, storage, reminders, archive) with a manual clock, a key
/// per tenant (t1, t2) and role, and the per-key rate limits off: the hostile run is about what
/// validation answers, not about how fast one key may ask.
/// </summary>
internal sealed class HostilePostgresHost : IAsyncDisposable
{
    private static readonly string[] Roles = ["device", "viewer", "operator", "admin"];

    private readonly WebApplication _app;

    private HostilePostgresHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The host-wide key (no tenant): the manual clock.</summary>
    public const string SystemKey = "key-system-pg7c1e";

    public static string Key(string tenant, string role) => $"key-{tenant}-{role}-pg7c1e";

    public static async Task<HostilePostgresHost> StartAsync(string connectionString)
    {
        var args = new List<string>
        {
            "--urls", "http://127.0.0.1:0",
            "--environment", "Production",
            "--ConnectionStrings:Postgres=" + connectionString,
            "--Monitoring:Clock=manual",
            "--Monitoring:Silo:AdvertisedIp=127.0.0.1",
            "--Monitoring:Silo:Port=" + FreePorts.Next(),
            "--Monitoring:Silo:GatewayPort=" + FreePorts.Next(),
            "--Monitoring:RateLimits:ApiPerSecond=0",
            "--Monitoring:RateLimits:IngestPerSecond=0",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Orleans=Error",
            "--Logging:LogLevel:Microsoft.AspNetCore=Error",
        };
        var index = 0;
        foreach (var tenant in new[] { "t1", "t2" })
        {
            foreach (var role in Roles)
            {
                args.Add($"--Monitoring:ApiKeys:{index}:Key={Key(tenant, role)}");
                args.Add($"--Monitoring:ApiKeys:{index}:Tenant={tenant}");
                args.Add($"--Monitoring:ApiKeys:{index}:Role={role}");
                index++;
            }
        }

        args.Add($"--Monitoring:ApiKeys:{index}:Key={SystemKey}");
        args.Add($"--Monitoring:ApiKeys:{index}:Role=system");
        var app = MonitoringHost.Build([.. args]);
        await app.StartAsync();
        var address = app.Urls.Single(u => u.StartsWith("http://", StringComparison.Ordinal));
        return new HostilePostgresHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Moves the manual clock with the host-wide key.</summary>
    public async Task SetClockAsync(DateTimeOffset now)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Api-Key", SystemKey);
        var response = await client.PostAsJsonAsync("api/v1/admin/clock", new { now = now.UtcDateTime.ToString("O") });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
