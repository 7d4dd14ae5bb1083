using System.Diagnostics;
using Monitoring.Simulator.Fleet;
using Monitoring.Simulator.Http;

namespace Monitoring.Simulator.Load;

/// <summary>
/// Posts batches from a fixed number of workers, one connection each. A worker asks the batch
/// function for batch i and stops when it writes nothing, when the stop time passes, or on cancel.
/// Batches that complete inside the measured span are also counted apart.
/// </summary>
internal sealed class LoadRunner(MonitoringClient client, DeviceFleet fleet, int concurrency)
{
    /// <summary>Runs the workers; <paramref name="batch"/> writes batch i and returns its event count (0: no more).</summary>
    public async Task<(Tally All, Tally Measured)> RunAsync(
        Func<BatchWriter, long, int> batch, long measureFrom, long stopAt, CancellationToken cancellationToken)
    {
        var next = -1L;
        var workers = Enumerable.Range(0, concurrency).Select(seed => Task.Run(
            () => WorkAsync(seed, () => Interlocked.Increment(ref next)), cancellationToken));
        var tallies = await Task.WhenAll(workers);
        var all = new Tally();
        var measured = new Tally();
        foreach (var (a, m) in tallies)
        {
            all.Merge(a);
            measured.Merge(m);
        }

        return (all, measured);

        async Task<(Tally, Tally)> WorkAsync(int seed, Func<long> take)
        {
            var writer = new BatchWriter(fleet, seed);
            var all = new Tally();
            var measured = new Tally();
            while (!cancellationToken.IsCancellationRequested && Stopwatch.GetTimestamp() < stopAt)
            {
                var events = batch(writer, take());
                if (events == 0)
                {
                    break;
                }

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
