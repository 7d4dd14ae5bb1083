using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// Counts every answer a client got, by status code, and every call that got none; a retried call
/// counts once per attempt, so a 503 a caller retried is still seen here. It also keeps the
/// slowest answer of each kind of call (method and resource, e.g. <c>POST telemetry</c>).
/// </summary>
internal sealed class StatusTally(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private readonly ConcurrentQueue<string> _serverErrors = new();
    private readonly ConcurrentQueue<string> _noAnswers = new();
    private readonly ConcurrentDictionary<string, (TimeSpan Took, string At)> _slowest = new(StringComparer.Ordinal);

    /// <summary>How many answers of each status code.</summary>
    public IReadOnlyDictionary<int, int> Statuses => _statuses;

    /// <summary>Each 5xx: when, the call, and the start of its body.</summary>
    public IReadOnlyCollection<string> ServerErrors => _serverErrors;

    /// <summary>
    /// Each call that ended without an answer (refused, reset, timed out): when, the call, why. A call
    /// its caller cancelled is not counted.
    /// </summary>
    public IReadOnlyCollection<string> NoAnswers => _noAnswers;

    /// <summary>One line: each status and its count, and the calls with no answer.</summary>
    public string Summary => string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} x{s.Value}")) + $"; no answer x{_noAnswers.Count}";

    /// <summary>The slowest answer (or failure) of each kind of call: how long it took and when it began.</summary>
    public IReadOnlyDictionary<string, (TimeSpan Took, string At)> Slowest => _slowest;

    /// <summary>Forgets what was counted so far (e.g. the probes of a process still starting).</summary>
    public void Reset()
    {
        _statuses.Clear();
        _serverErrors.Clear();
        _noAnswers.Clear();
        _slowest.Clear();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        var began = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        try
        {
            response = await base.SendAsync(request, cancellationToken);
            Time(request, clock.Elapsed, began);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            Time(request, clock.Elapsed, began);
            _noAnswers.Enqueue(string.Create(CultureInfo.InvariantCulture,
                $"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {request.Method} {request.RequestUri?.PathAndQuery} {e.GetType().Name}: {e.Message}"));
            throw;
        }

        var code = (int)response.StatusCode;
        _statuses.AddOrUpdate(code, 1, (_, n) => n + 1);
        if (code >= (int)HttpStatusCode.InternalServerError)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            _serverErrors.Enqueue(string.Create(CultureInfo.InvariantCulture,
                $"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {request.Method} {request.RequestUri?.PathAndQuery} {code} {body[..Math.Min(body.Length, 300)]}"));
        }

        return response;
    }

    /// <summary>"POST telemetry", "GET guards", "POST alerts": the method and the path's first segment after <c>api/v1</c>.</summary>
    private void Time(HttpRequestMessage request, TimeSpan took, DateTimeOffset began)
    {
        var segments = (request.RequestUri?.IsAbsoluteUri == true ? request.RequestUri.AbsolutePath : request.RequestUri?.OriginalString ?? "")
            .Split('/', StringSplitOptions.RemoveEmptyEntries);
        var resource = segments is ["api", "v1", var first, ..] ? first : segments.FirstOrDefault() ?? "";
        var at = began.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
        _slowest.AddOrUpdate($"{request.Method} {resource}", (took, at), (_, old) => took > old.Took ? (took, at) : old);
    }
}
