using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Fleet.Night;

namespace Monitoring.Fleet.Http;

/// <summary>
/// The host endpoints a replay or a demo uses (clock, sites, telemetry, reads), over an
/// <see cref="HttpClient"/> whose base address and <c>X-Api-Key</c> are already set.
/// </summary>
internal sealed class HostApi
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http;

    public HostApi(HttpClient http) => _http = http;

    /// <summary>A client for <paramref name="baseUrl"/> sending <paramref name="key"/> on every request.</summary>
    public static HttpClient CreateClient(Uri baseUrl, string key, int connections = 4)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            UseProxy = false,
            UseCookies = false,
        };
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        var http = new HttpClient(handler) { BaseAddress = root, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return http;
    }

    public async Task<HostClock> GetClockAsync(CancellationToken cancellationToken) =>
        await GetAsync<HostClock>("api/v1/admin/clock", cancellationToken);

    /// <summary>Moves a manual clock; every evaluation and timer due on the way runs before the answer.</summary>
    public async Task SetClockAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync("api/v1/admin/clock", new { now = now.UtcDateTime }, Web, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            throw new InvalidOperationException(
                "the host runs on the system clock; start it with Monitoring__Clock=manual to replay a night.");
        }

        await EnsureAsync(response, "POST api/v1/admin/clock", cancellationToken);
    }

    public async Task PutSiteAsync(NightSite site, CancellationToken cancellationToken)
    {
        var body = new { name = site.Name, timeZone = site.TimeZone, lat = site.Lat, lon = site.Lon, geofenceRadiusM = site.GeofenceRadiusM };
        using var response = await _http.PutAsJsonAsync($"api/v1/sites/{Uri.EscapeDataString(site.Id)}", body, Web, cancellationToken);
        await EnsureAsync(response, $"PUT api/v1/sites/{site.Id}", cancellationToken);
    }

    /// <summary>Posts one telemetry body; the reply's counts come from the 202 body.</summary>
    public async Task<IngestReply> PostTelemetryAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        using var content = new ReadOnlyMemoryContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _http.PostAsync("api/v1/telemetry", content, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.Accepted ? IngestReply.Parse(bytes) : IngestReply.Failed((int)response.StatusCode);
    }

    public async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(path, cancellationToken);
        await EnsureAsync(response, $"GET {path}", cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(Web, cancellationToken)
            ?? throw new InvalidOperationException($"GET {path} answered null.");
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"{what} answered {(int)response.StatusCode}: {text}", null, response.StatusCode);
        }
    }
}
