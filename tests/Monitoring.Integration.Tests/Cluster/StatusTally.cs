using System.Collections.Concurrent;
using System.Globalization;
using System.Net;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// Counts every answer a client got, by status code, and every call that got none; a retried call
/// counts once per attempt, so a 503 a caller retried is still seen here.
/// </summary>
internal sealed class StatusTally(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private readonly ConcurrentQueue<string> _serverErrors = new();
    private readonly ConcurrentQueue<string> _noAnswers = new();

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

    /// <summary>Forgets what was counted so far (e.g. the probes of a process still starting).</summary>
    public void Reset()
    {
        _statuses.Clear();
        _serverErrors.Clear();
        _noAnswers.Clear();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
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
}
