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
        var posters = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(seed => Task.Run(WorkAsync, cancellationToken)));
        return MeasuredPoster.Merge(posters);

        async Task<MeasuredPoster> WorkAsync()
        {
            var writer = new BatchWriter(fleet, Environment.CurrentManagedThreadId);
            var poster = new MeasuredPoster(client, measureFrom, stopAt);
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

                var events = writer.Mixed((int)(i * batch % fleet.Size), batch, PhoneClock.UtcNow);
                await poster.PostAsync(writer.Body, events, cancellationToken);
            }

            return poster;
        }
    }
}
