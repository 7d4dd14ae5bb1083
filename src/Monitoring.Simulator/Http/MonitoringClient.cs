using Monitoring.Fleet.Http;
using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Simulator.Http;

/// <summary>The few host endpoints the simulator uses, over a pool of keep-alive connections.</summary>
internal sealed class MonitoringClient : IDisposable
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http;
    private readonly HostApi _api;

    public MonitoringClient(Uri baseUrl, string key, int connections, TimeSpan? timeout = null)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            UseProxy = false,
            UseCookies = false,
        };
        _http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Add("X-Api-Key", key);
        _api = new HostApi(_http);
    }

    /// <summary>Posts one telemetry body; the reply's counts come from the 202 body.</summary>
    public Task<IngestReply> PostTelemetryAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        _api.PostTelemetryAsync(body, cancellationToken);

    /// <summary>The host's managed memory after a full, compacting collection.</summary>
    public async Task<MemoryReading> GetMemoryAsync(bool collect, CancellationToken cancellationToken) =>
        await _http.GetFromJsonAsync<MemoryReading>($"api/v1/admin/memory?collect={(collect ? "true" : "false")}", Web, cancellationToken)
        ?? throw new InvalidOperationException("The memory endpoint answered null.");

    /// <summary>The host's clock (manual or system).</summary>
    public Task<HostClock> GetClockAsync(CancellationToken cancellationToken) => _api.GetClockAsync(cancellationToken);

    /// <summary>Moves a manual clock, running every evaluation due on the way.</summary>
    public Task SetClockAsync(DateTimeOffset now, CancellationToken cancellationToken) => _api.SetClockAsync(now, cancellationToken);

    public void Dispose() => _http.Dispose();
}
