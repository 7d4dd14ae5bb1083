using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Monitoring.Server.Hosting;

namespace Monitoring.Cli.Tests.Fixtures;

/// <summary>
/// The real host (silo + API + hub) started in-process on loopback with its own silo ports, on the
/// manual clock, with a viewer, operator and admin key of one tenant and the host-wide system key,
/// as the server tests start it. The tests share its clock, so they only move it forward.
/// </summary>
public sealed class CliHost : IAsyncLifetime
{
    public const string Tenant = "cli";
    public const string ViewerKey = "key-cli-viewer-7d1e";
    public const string OperatorKey = "key-cli-operator-7d1e";
    public const string AdminKey = "key-cli-admin-7d1e";
    public const string SystemKey = "key-cli-system-7d1e";

    private readonly int _port;
    private WebApplication? _app;

    /// <summary>A host on a port of its own choosing.</summary>
    public CliHost()
        : this(0)
    {
    }

    private CliHost(int port) => _port = port;

    /// <summary>A host on <paramref name="port"/>: a second one there stands for the first one restarted.</summary>
    public static CliHost OnPort(int port) => new(port);

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The base address as the CLI's <c>--url</c> takes it.</summary>
    public string Url => BaseAddress.AbsoluteUri.TrimEnd('/');

    public async Task InitializeAsync()
    {
        string[] args =
        [
            "--urls", $"http://127.0.0.1:{_port}",
            "--environment", "Production",
            "--Monitoring:Clock=manual",
            "--Monitoring:Silo:Port=" + FreePorts.Next(),
            "--Monitoring:Silo:GatewayPort=" + FreePorts.Next(),
            "--Monitoring:Rules:Enabled=false",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Orleans=Error",
            "--Logging:LogLevel:Microsoft.AspNetCore=Error",
            .. Key(0, ViewerKey, Tenant, "viewer"),
            .. Key(1, OperatorKey, Tenant, "operator"),
            .. Key(2, AdminKey, Tenant, "admin"),
            .. Key(3, SystemKey, "", "system"),
        ];
        _app = MonitoringHost.Build(args);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.Single(u => u.StartsWith("http://", StringComparison.Ordinal)).TrimEnd('/') + "/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>A client of the host sending <paramref name="key"/>.</summary>
    public HttpClient Client(string key)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public async Task<DateTimeOffset> NowAsync()
    {
        using var system = Client(SystemKey);
        var clock = await system.GetFromJsonAsync<JsonElement>("api/v1/admin/clock");
        return clock.GetProperty("now").GetDateTimeOffset();
    }

    public async Task SetClockAsync(DateTimeOffset now)
    {
        using var system = Client(SystemKey);
        using var response = await system.PostAsJsonAsync("api/v1/admin/clock", new { now });
        response.EnsureSuccessStatusCode();
    }

    private static string[] Key(int index, string key, string tenant, string role) =>
    [
        $"--Monitoring:ApiKeys:{index}:Key={key}",
        $"--Monitoring:ApiKeys:{index}:Tenant={tenant}",
        $"--Monitoring:ApiKeys:{index}:Role={role}",
    ];
}
