using Microsoft.AspNetCore.Builder;
using Monitoring.Server.Hosting;

namespace Monitoring.Simulator.Tests.Fixtures;

/// <summary>
/// The real host (silo + API) started in-process on loopback with its own silo ports and one admin
/// key of a fresh tenant (also system: the tools set the manual clock and read memory), on the manual
/// or the system clock, as the server tests start it.
/// </summary>
internal sealed class InProcessHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessHost(WebApplication app, Uri baseAddress, string key)
    {
        _app = app;
        BaseAddress = baseAddress;
        Key = key;
    }

    public Uri BaseAddress { get; }

    public string Key { get; }

    public static Task<InProcessHost> StartAsync(bool manualClock)
    {
        var key = $"sim-{Guid.NewGuid():N}";
        return StartAsync(manualClock, key,
        [
            $"--Monitoring:ApiKeys:0:Key={key}",
            $"--Monitoring:ApiKeys:0:Tenant=sim-{Guid.NewGuid():N}",
            "--Monitoring:ApiKeys:0:Role=admin,system",
        ]);
    }

    /// <summary>A system-clock host with no API key configured (its development key is <see cref="Key"/>) running its own demo fleet.</summary>
    public static Task<InProcessHost> StartWithDemoAsync(int guards)
    {
        var key = $"dev-{Guid.NewGuid():N}";
        return StartAsync(false, key, [$"--Monitoring:DevelopmentKey={key}", $"--Monitoring:Demo:Guards={guards}"]);
    }

    private static async Task<InProcessHost> StartAsync(bool manualClock, string key, string[] extra)
    {
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Production",
            "--Monitoring:Clock=" + (manualClock ? "manual" : "system"),
            "--Monitoring:Silo:Port=" + FreePorts.Next(),
            "--Monitoring:Silo:GatewayPort=" + FreePorts.Next(),
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Orleans=Error",
            "--Logging:LogLevel:Microsoft.AspNetCore=Error",
            .. extra,
        ];
        var app = MonitoringHost.Build(args);
        await app.StartAsync();
        var address = app.Urls.Single(u => u.StartsWith("http://", StringComparison.Ordinal));
        return new InProcessHost(app, new Uri(address.TrimEnd('/') + "/"), key);
    }

    public HttpClient Client()
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
