using System.Diagnostics;
using System.Net.Http.Headers;

namespace Monitoring.Tests.Shared.Hostile;

/// <summary>
/// Sends hostile requests a few at a time, each under its own deadline: a request the host does not
/// answer in time is a hang, one it answers by dropping the connection a transport error.
/// </summary>
internal sealed class HostileRunner(Uri baseAddress, TimeSpan timeout, int parallel) : IDisposable
{
    private const int MaxKeptBody = 4096;
    private const int LargeBody = 32 * 1024;

    private readonly HttpClient _client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false })
    {
        BaseAddress = baseAddress,
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public async Task<HostileOutcome[]> RunAsync(IReadOnlyList<HostileRequest> requests)
    {
        var outcomes = new HostileOutcome[requests.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, requests.Count), new ParallelOptions { MaxDegreeOfParallelism = parallel },
            async (i, _) => outcomes[i] = await SendAsync(requests[i]));
        return outcomes;
    }

    public void Dispose() => _client.Dispose();

    private async Task<HostileOutcome> SendAsync(HostileRequest request)
    {
        using var message = new HttpRequestMessage(request.Method, new Uri(request.Path, UriKind.Relative));
        if (request.Key is not null)
        {
            message.Headers.TryAddWithoutValidation("X-Api-Key", request.Key);
        }

        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            // A host may refuse a body over its limit before reading it and close the connection; a client
            // that asks first (as curl does for large bodies) reads that 413 instead of a broken pipe.
            message.Headers.ExpectContinue = request.Body.Length > LargeBody;
            if (request.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }
        }
        else if (request.ContentType is not null)
        {
            message.Content = new ByteArrayContent([]);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
        }

        using var deadline = new CancellationTokenSource(timeout);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var body = await ReadAsync(response, deadline.Token);
            return new(request, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body,
                response.Headers.RetryAfter is not null, watch.Elapsed, null);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return new(request, 0, null, "", false, watch.Elapsed, $"hang: no answer within {timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            return new(request, 0, null, "", false, watch.Elapsed, "transport: " + e.Message + (e.InnerException is { } inner ? " / " + inner.Message : ""));
        }
    }

    /// <summary>The body as text, at most a few KB kept (the checks need titles, errors and ingest counts, not megabytes).</summary>
    private static async Task<string> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return text.Length > MaxKeptBody && !(response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) ?? false)
            ? text[..MaxKeptBody]
            : text;
    }
}
