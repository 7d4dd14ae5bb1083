using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// Test phones posting telemetry to a cluster's HTTP endpoints. Each device numbers its events with
/// its own increasing seq. A batch that fails (no answer, or not 202) is sent again, unchanged (same
/// seq, same timestamps), to the next endpoint, as a phone retries; the endpoint that answered 202
/// stays the worker's endpoint. Every event of a batch answered 202 is recorded as acknowledged.
/// </summary>
internal sealed class TelemetryDriver(IReadOnlyList<SiloProcess> endpoints)
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(200);

    private readonly ConcurrentDictionary<string, long> _lastSeq = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SentEvent> _acknowledged = new();
    private readonly ConcurrentQueue<string> _rejections = new();
    private readonly ConcurrentQueue<(string Body, int Events)> _acknowledgedBodies = new();
    private readonly ConcurrentDictionary<string, (int Count, DateTimeOffset First, DateTimeOffset Last, string Sample)> _failures = new(StringComparer.Ordinal);
    private int _failedAttempts;
    private int _batches;

    /// <summary>Every event whose batch was answered 202 (and that the answer did not reject).</summary>
    public IReadOnlyCollection<SentEvent> Acknowledged => _acknowledged;

    /// <summary>The body of every batch answered 202, as sent, with its number of events (for replays).</summary>
    public IReadOnlyCollection<(string Body, int Events)> AcknowledgedBodies => _acknowledgedBodies;

    /// <summary>Per-event rejections in 202 answers (the test's events are all valid: expected empty).</summary>
    public IReadOnlyCollection<string> Rejections => _rejections;

    /// <summary>The failed attempts by endpoint and kind: how many, when, and the first one's detail.</summary>
    public IEnumerable<string> FailureSummary => _failures.OrderBy(f => f.Value.First).Select(f =>
        $"{f.Key} x{f.Value.Count} ({f.Value.First:HH:mm:ss.fff} to {f.Value.Last:HH:mm:ss.fff}), first: {f.Value.Sample}");

    public int FailedAttempts => Volatile.Read(ref _failedAttempts);

    public int AcknowledgedBatches => Volatile.Read(ref _batches);

    /// <summary>
    /// Starts each guard's shift at <paramref name="startedAt"/>, guard i through endpoint i mod N, in
    /// <paramref name="sendersPerEndpoint"/> concurrent batches per endpoint.
    /// </summary>
    public Task StartShiftsAsync(
        IReadOnlyList<(string GuardId, string DeviceId, string SiteId)> guards, DateTimeOffset startedAt, CancellationToken hardStop, int sendersPerEndpoint = 1) =>
        Task.WhenAll(guards.Select((g, i) => (g, i)).GroupBy(x => x.i % (endpoints.Count * sendersPerEndpoint)).Select(group =>
        {
            var events = group.Select(x => (Event: Next(x.g.DeviceId, startedAt), Guard: x.g)).ToList();
            return SendAsync(
                [.. events.Select(e => e.Event)],
                [.. events.Select(e => PhoneEvents.ShiftStart(e.Event, e.Guard.GuardId, e.Guard.SiteId))],
                group.Key,
                hardStop);
        }));

    /// <summary>
    /// Sends rounds of routine events (one per device per round, a pause between rounds) until
    /// <paramref name="stop"/>; the devices are split over the endpoints, <paramref name="sendersPerEndpoint"/>
    /// concurrent workers each. A batch still failing at <paramref name="hardStop"/> is given up (its
    /// events were never acknowledged).
    /// </summary>
    public Task RunAsync(IReadOnlyList<string> devices, TimeSpan pause, CancellationToken stop, CancellationToken hardStop, int sendersPerEndpoint = 1) =>
        Task.WhenAll(devices.Select((d, i) => (d, i)).GroupBy(x => x.i % (endpoints.Count * sendersPerEndpoint))
            .Select(group => WorkAsync([.. group.Select(x => x.d)], group.Key, pause, stop, hardStop)));

    /// <summary>One round of routine events for <paramref name="devices"/>, through <paramref name="endpoint"/> first.</summary>
    public Task SendRoundAsync(IReadOnlyList<string> devices, int round, int endpoint, CancellationToken hardStop)
    {
        var now = DateTimeOffset.UtcNow;
        var sent = devices.Select(d => Next(d, now)).ToList();
        return SendAsync(sent, [.. sent.Select(e => PhoneEvents.Routine(e, round))], endpoint, hardStop);
    }

    private async Task WorkAsync(IReadOnlyList<string> devices, int endpoint, TimeSpan pause, CancellationToken stop, CancellationToken hardStop)
    {
        for (var round = 0; !stop.IsCancellationRequested && !hardStop.IsCancellationRequested; round++)
        {
            var now = DateTimeOffset.UtcNow;
            var sent = devices.Select(d => Next(d, now)).ToList();
            endpoint = await SendAsync(sent, [.. sent.Select(e => PhoneEvents.Routine(e, round))], endpoint, hardStop);
            try
            {
                await Task.Delay(pause, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Sends the batch until an endpoint answers 202; returns that endpoint (or the last one tried).</summary>
    private async Task<int> SendAsync(List<SentEvent> sent, JsonNode[] events, int endpoint, CancellationToken hardStop)
    {
        var body = new JsonObject { ["events"] = new JsonArray(events) }.ToJsonString();
        while (!hardStop.IsCancellationRequested)
        {
            var silo = endpoints[endpoint % endpoints.Count];
            string kind;
            string detail;
            try
            {
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await silo.Client.PostAsync("api/v1/telemetry", content, hardStop);
                var text = await response.Content.ReadAsStringAsync(hardStop);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    Record(sent, text);
                    _acknowledgedBodies.Enqueue((body, sent.Count));
                    return endpoint % endpoints.Count;
                }

                kind = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                detail = text[..Math.Min(text.Length, 300)];
            }
            catch (Exception e) when (!hardStop.IsCancellationRequested && e is HttpRequestException or IOException or OperationCanceledException)
            {
                kind = e.GetType().Name;
                detail = e.Message;
            }
            catch (OperationCanceledException)
            {
                break;
            }

            Interlocked.Increment(ref _failedAttempts);
            var at = DateTimeOffset.UtcNow;
            _failures.AddOrUpdate($"{silo.Name} {kind}", (1, at, at, detail), (_, f) => (f.Count + 1, f.First, at, f.Sample));

            endpoint++;
            try
            {
                await Task.Delay(RetryPause, hardStop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return endpoint % endpoints.Count;
    }

    private SentEvent Next(string deviceId, DateTimeOffset ts) =>
        new(deviceId, _lastSeq.AddOrUpdate(deviceId, 1, (_, seq) => seq + 1), ts);

    private void Record(List<SentEvent> sent, string answer)
    {
        Interlocked.Increment(ref _batches);
        var rejected = new HashSet<int>();
        using var document = JsonDocument.Parse(answer);
        foreach (var rejection in document.RootElement.GetProperty("rejected").EnumerateArray())
        {
            rejected.Add(rejection.GetProperty("index").GetInt32());
            _rejections.Enqueue(rejection.ToString());
        }

        for (var i = 0; i < sent.Count; i++)
        {
            if (!rejected.Contains(i))
            {
                _acknowledged.Enqueue(sent[i]);
            }
        }
    }
}
