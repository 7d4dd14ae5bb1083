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
        var posters = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(seed => Task.Run(
            () => WorkAsync(seed, () => Interlocked.Increment(ref next)), cancellationToken)));
        return MeasuredPoster.Merge(posters);

        async Task<MeasuredPoster> WorkAsync(int seed, Func<long> take)
        {
            var writer = new BatchWriter(fleet, seed);
            var poster = new MeasuredPoster(client, measureFrom, stopAt);
            while (!cancellationToken.IsCancellationRequested && Stopwatch.GetTimestamp() < stopAt)
            {
                var events = batch(writer, take());
                if (events == 0)
                {
                    break;
                }

                await poster.PostAsync(writer.Body, events, cancellationToken);
            }

            return poster;
        }
    }
}
