using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Cli.Api;

/// <summary>
/// The host's REST API as the commands use it: the key in <c>X-Api-Key</c>, JSON in and out, and
/// every refusal turned into an <see cref="ApiProblem"/>.
/// </summary>
internal sealed class ApiClient : IDisposable
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http;

    private ApiClient(Uri baseAddress, string key)
    {
        BaseAddress = baseAddress;
        Key = key;
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Add("X-Api-Key", key);
    }

    public Uri BaseAddress { get; }

    public string Key { get; }

    /// <summary>The client for <paramref name="options"/>, with the environment filling in what the command line left out.</summary>
    public static ApiClient Create(ApiOptions options, Terminal terminal)
    {
        var url = options.Url ?? terminal.Environment(ApiOptions.UrlVariable) ?? ApiOptions.DefaultUrl;
        if (!Uri.TryCreate(url.TrimEnd('/') + "/", UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            throw new UsageProblem($"--url must be an absolute http or https address, not '{url}'.");
        }

        var key = options.Key ?? terminal.Environment(ApiOptions.KeyVariable)
            ?? throw new UsageProblem($"an API key is required: pass --key or set {ApiOptions.KeyVariable}.");
        return new ApiClient(address, key);
    }

    public async Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken) =>
        (await GetPageAsync(path, cancellationToken)).Body;

    /// <summary>A GET whose answer may announce a further page in <c>Link: &lt;...&gt;; rel="next"</c>.</summary>
    public async Task<(JsonElement Body, string? Next)> GetPageAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(path.TrimStart('/'), cancellationToken);
        var body = await ReadAsync(response, cancellationToken);
        var next = response.Headers.TryGetValues("Link", out var links)
            ? links.Select(NextLink).FirstOrDefault(l => l is not null)
            : null;
        return (body, next);
    }

    public async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Web);
        }

        using var response = await _http.SendAsync(request, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw Problems.From(response.StatusCode, response.ReasonPhrase, text);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return default;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static string? NextLink(string link)
    {
        var parts = link.Split(';', StringSplitOptions.TrimEntries);
        return parts.Length > 1 && parts[0].StartsWith('<') && parts[0].EndsWith('>') && parts.Skip(1).Any(p => p == "rel=\"next\"")
            ? parts[0][1..^1]
            : null;
    }
}
