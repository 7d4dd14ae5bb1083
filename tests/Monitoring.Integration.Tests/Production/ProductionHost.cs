using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Monitoring.Server.Hosting;

namespace Monitoring.Integration.Tests.Production;

/// <summary>
/// The real host started in-process in production mode (PostgreSQL clustering, storage, reminders,
/// archive, event log) on loopback, with a manual clock and an admin key for tenant "dev".
/// </summary>
internal sealed class ProductionHost : IAsyncDisposable
{
    public const string Key = "prod-test-key";

    private readonly WebApplication _app;

    private ProductionHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    /// <summary>Starts the host; <paramref name="settings"/> are further command-line settings (<c>--Name=value</c>).</summary>
    public static async Task<ProductionHost> StartAsync(string connectionString, DateTimeOffset clock, params string[] settings)
    {
        var app = MonitoringHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Production",
            "--ConnectionStrings:Postgres=" + connectionString,
            "--Monitoring:Clock=manual",
            "--Monitoring:DevelopmentKey=" + Key,
            "--Monitoring:Silo:AdvertisedIp=127.0.0.1",
            "--Monitoring:Silo:Port=" + FreePorts.Next(),
            "--Monitoring:Silo:GatewayPort=" + FreePorts.Next(),
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Orleans=Error",
            .. settings,
        ]);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Urls.Single(u => u.StartsWith("http://", StringComparison.Ordinal));
        var client = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var host = new ProductionHost(app, client);
        await host.SetClockAsync(clock);
        return host;
    }

    public async Task SetClockAsync(DateTimeOffset now)
    {
        var response = await Client.PostAsJsonAsync("api/v1/admin/clock", new { now = now.UtcDateTime.ToString("O") });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> PostEventsAsync(params object[] events)
    {
        var response = await Client.PostAsJsonAsync("api/v1/telemetry", new { events });
        return (response.StatusCode, await BodyAsync(response));
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path)
    {
        var response = await Client.GetAsync(path);
        return (response.StatusCode, await BodyAsync(response));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
