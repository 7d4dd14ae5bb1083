using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Monitoring.Server.Hosting;

namespace Monitoring.Server.Tests.Fixtures;

/// <summary>
/// The real host (silo + minimal API) started in-process on loopback with its own silo ports, and
/// one API key per tenant and role. Collections run in parallel, each on its own host; tests in a
/// collection share the host's manual clock, so they only move it forward.
/// </summary>
public abstract class HostFixture : IAsyncLifetime
{
    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private WebApplication? _app;
    private SocketsHttpHandler? _handler;

    /// <summary>Where the host listens, e.g. http://127.0.0.1:54321.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The running host's services (its silo's grain factory among them).</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("Host not started.");

    /// <summary>False for a host on the system clock.</summary>
    protected virtual bool ManualClock => true;

    /// <summary>Where the manual clock stands once the host is up (null: leave it at start-up time).</summary>
    protected virtual DateTimeOffset? ClockStart => null;

    /// <summary>
    /// Whether the health rules run (the product's default). Off for hosts whose tests are about
    /// inactivity alone: a guard that sends nothing for 30 minutes would also be device_offline.
    /// </summary>
    protected virtual bool HealthRules => false;

    /// <summary>More command-line settings for the host, e.g. its content root.</summary>
    protected virtual IEnumerable<string> ExtraArguments => [];

    /// <summary>Runs on the host's builder just before it builds (e.g. to add a test's grain call filter).</summary>
    protected virtual void Configure(WebApplicationBuilder builder)
    {
    }

    public HttpClient Anonymous => Client(null);

    public HttpClient Device(string tenant = Keys.T1) => Client(Keys.For(tenant, Keys.Device));

    public HttpClient Viewer(string tenant = Keys.T1) => Client(Keys.For(tenant, Keys.Viewer));

    public HttpClient Operator(string tenant = Keys.T1) => Client(Keys.For(tenant, Keys.Operator));

    public HttpClient Admin(string tenant = Keys.T1) => Client(Keys.For(tenant, Keys.Admin));

    /// <summary>The host-wide key: manual clock and memory.</summary>
    public HttpClient HostWide() => Client(Keys.SystemKey);

    /// <summary>A client signed in with a bearer token for <paramref name="subject"/> of <paramref name="tenant"/> with <paramref name="roles"/>.</summary>
    public HttpClient Bearer(string subject, string tenant, params string[] roles) => BearerClient(Tokens.For(subject, tenant, roles));

    /// <summary>A client sending <paramref name="token"/> as <c>Authorization: Bearer</c>.</summary>
    public HttpClient BearerClient(string token)
    {
        var client = new HttpClient(_handler ?? throw new InvalidOperationException("Host not started."), disposeHandler: false)
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        lock (_gate)
        {
            _clients["bearer:" + Guid.NewGuid()] = client;
        }

        return client;
    }

    /// <summary>A client sending <paramref name="apiKey"/> (none when null).</summary>
    public HttpClient Client(string? apiKey)
    {
        lock (_gate)
        {
            var name = apiKey ?? "";
            if (!_clients.TryGetValue(name, out var client))
            {
                client = new HttpClient(_handler ?? throw new InvalidOperationException("Host not started."), disposeHandler: false)
                {
                    BaseAddress = BaseAddress,
                    Timeout = TimeSpan.FromSeconds(30),
                };
                if (apiKey is not null)
                {
                    client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
                }

                _clients[name] = client;
            }

            return client;
        }
    }

    public async Task InitializeAsync()
    {
        var args = new List<string>
        {
            "--urls", "http://127.0.0.1:0",
            "--environment", "Production",
            "--Monitoring:Clock=" + (ManualClock ? "manual" : "system"),
            "--Monitoring:Silo:Port=" + FreePorts.Next(),
            "--Monitoring:Silo:GatewayPort=" + FreePorts.Next(),
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Orleans=Error",
            "--Logging:LogLevel:Microsoft.AspNetCore=Error",
        };
        var index = 0;
        foreach (var (key, tenant, role) in Keys.All)
        {
            args.Add($"--Monitoring:ApiKeys:{index}:Key={key}");
            args.Add($"--Monitoring:ApiKeys:{index}:Tenant={tenant}");
            args.Add($"--Monitoring:ApiKeys:{index}:Role={role}");
            index++;
        }

        args.Add($"--Monitoring:Rules:Enabled={HealthRules}");
        args.AddRange(Tokens.HostArguments);
        args.AddRange(ExtraArguments);
        _app = MonitoringHost.Build([.. args], Configure);
        await _app.StartAsync();
        var address = _app.Urls.Single(u => u.StartsWith("http://", StringComparison.Ordinal));
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        _handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (ClockStart is { } start)
        {
            await SetClockAsync(start);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _handler?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>The host clock, as <c>GET /api/v1/admin/clock</c> reports it.</summary>
    public async Task<DateTimeOffset> NowAsync()
    {
        var clock = await HostWide().GetJsonAsync("api/v1/admin/clock");
        return clock.Time("now");
    }

    /// <summary>Moves the manual clock to <paramref name="now"/>, running every evaluation that falls due on the way.</summary>
    public async Task<JsonElement> SetClockAsync(DateTimeOffset now)
    {
        var response = await HostWide().PostJsonAsync("api/v1/admin/clock", new { now = Iso.Of(now) });
        return await response.JsonAsync(HttpStatusCode.OK);
    }

    /// <summary>Moves the manual clock forward by <paramref name="by"/> and returns the new time.</summary>
    public async Task<DateTimeOffset> AdvanceAsync(TimeSpan by)
    {
        var target = (await NowAsync()) + by;
        await SetClockAsync(target);
        return target;
    }
}
