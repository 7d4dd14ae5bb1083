using Monitoring.Fleet.Night;

namespace Monitoring.Fleet.Http;

/// <summary>
/// Posts night events like phones do. A set of events due together is cut into bodies of at most
/// <see cref="MaxBatch"/> events; when there is more than one, the events are first split by guard
/// (a guard's phones always land in the same group), so concurrent posts never race a device's own
/// earlier events (a shift_start before what it opens). A failed post (no 202, or no answer) is sent
/// again with the identical body, the same seqs, after a doubling backoff, up to <see cref="Attempts"/> times.
/// </summary>
internal sealed class TelemetrySender
{
    public const int MaxBatch = 5000;
    public const int Attempts = 5;
    private readonly HostApi _api;
    private readonly int _concurrency;
    private readonly TimeSpan _backoff;
    private readonly NightEventWriter _writer = new();
    private long _events;
    private long _batches;
    private long _accepted;
    private long _duplicates;
    private long _rejected;
    private long _retries;
    private long _failedBatches;
    private long _failedEvents;
    private string? _lastError;

    public TelemetrySender(HostApi api, int concurrency = 4, TimeSpan? backoff = null)
    {
        _api = api;
        _concurrency = Math.Max(1, concurrency);
        _backoff = backoff ?? TimeSpan.FromMilliseconds(200);
    }

    public SendTally Tally => new(
        Interlocked.Read(ref _events),
        Interlocked.Read(ref _batches),
        Interlocked.Read(ref _accepted),
        Interlocked.Read(ref _duplicates),
        Interlocked.Read(ref _rejected),
        Interlocked.Read(ref _retries),
        Interlocked.Read(ref _failedBatches),
        Interlocked.Read(ref _failedEvents),
        Volatile.Read(ref _lastError));

    /// <summary>Posts <paramref name="events"/> (in delivery order); one call at a time.</summary>
    public async Task SendAsync(IReadOnlyList<NightEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        var groups = events.Count <= MaxBatch ? 1 : (events.Count + MaxBatch - 1) / MaxBatch;
        var bodies = events
            .GroupBy(e => e.Guard % groups)
            .Select(g => g.Chunk(MaxBatch).Select(chunk => (Body: _writer.Write(chunk).ToArray(), Count: chunk.Length)).ToList())
            .ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = _concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(bodies, options, async (group, token) =>
        {
            foreach (var (body, count) in group)
            {
                await PostAsync(body, count, token);
            }
        });
    }

    private async Task PostAsync(byte[] body, int count, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            string error;
            try
            {
                var reply = await _api.PostTelemetryAsync(body, cancellationToken);
                if (reply.Ok)
                {
                    Interlocked.Add(ref _events, count);
                    Interlocked.Increment(ref _batches);
                    Interlocked.Add(ref _accepted, reply.Accepted);
                    Interlocked.Add(ref _duplicates, reply.Duplicates);
                    Interlocked.Add(ref _rejected, reply.Rejected);
                    return;
                }

                error = $"HTTP {reply.Status}";
            }
            catch (HttpRequestException e)
            {
                error = e.Message;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                error = "no answer before the timeout";
            }

            Volatile.Write(ref _lastError, error);
            if (attempt == Attempts)
            {
                Interlocked.Increment(ref _failedBatches);
                Interlocked.Add(ref _failedEvents, count);
                return;
            }

            Interlocked.Increment(ref _retries);
            await Task.Delay(_backoff * (1 << (attempt - 1)), cancellationToken);
        }
    }
}
