using System.Diagnostics;
using Monitoring.Simulator.Fleet;
using Monitoring.Simulator.Http;
using Monitoring.Simulator.Load;

namespace Monitoring.Simulator.Feed;

/// <summary>
/// Streams mixed batches (the <c>ingest</c> mix) at a steady target rate from a fixed number of
/// workers: batch i is due at start + i x batch / rate; a worker that is late posts at once. Rate 0:
/// as fast as the host answers. Batches that end inside the measured span are also counted apart.
/// </summary>
internal sealed class PacedLoad(MonitoringClient client, DeviceFleet fleet, int batch, int rate, int concurrency)
{
    /// <summary>Batches that started more than one batch period after they were due (the host could not keep the rate).</summary>
    public long Late => Interlocked.Read(ref _late);

    private long _late;

    public async Task<(Tally All, Tally Measured)> RunAsync(long measureFrom, long stopAt, CancellationToken cancellationToken)
    {
        var next = -1L;
        var start = Stopwatch.GetTimestamp();
        var period = rate == 0 ? 0 : (double)Stopwatch.Frequency * batch / rate;
        var tallies = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(seed => Task.Run(WorkAsync, cancellationToken)));
        var all = new Tally();
        var measured = new Tally();
        foreach (var (a, m) in tallies)
        {
            all.Merge(a);
            measured.Merge(m);
        }

        return (all, measured);

        async Task<(Tally, Tally)> WorkAsync()
        {
            var writer = new BatchWriter(fleet, Environment.CurrentManagedThreadId);
            var all = new Tally();
            var measured = new Tally();
            while (!cancellationToken.IsCancellationRequested)
            {
                var i = Interlocked.Increment(ref next);
                var due = start + (long)(i * period);
                var now = Stopwatch.GetTimestamp();
                if (due >= stopAt || now >= stopAt)
                {
                    break;
                }

                if (due > now)
                {
                    await Task.Delay(Stopwatch.GetElapsedTime(now, due), cancellationToken);
                }
                else if (period > 0 && now - due > period)
                {
                    Interlocked.Increment(ref _late);
                }

                var events = writer.Mixed((int)(i * batch % fleet.Size), batch, DateTime.UtcNow);
                var started = Stopwatch.GetTimestamp();
                var reply = await PostAsync(writer.Body, cancellationToken);
                var ended = Stopwatch.GetTimestamp();
                var ms = Stopwatch.GetElapsedTime(started, ended).TotalMilliseconds;
                all.Add(reply, events, ms);
                if (ended >= measureFrom && ended <= stopAt)
                {
                    measured.Add(reply, events, ms);
                }
            }

            return (all, measured);
        }
    }

    private async Task<IngestReply> PostAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        try
        {
            return await client.PostTelemetryAsync(body, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return IngestReply.Failed(0);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return IngestReply.Failed(0);
        }
    }
}
