using Monitoring.Fleet.Http;
using System.Diagnostics;
using Monitoring.Simulator.Http;

namespace Monitoring.Simulator.Load;

/// <summary>
/// One worker's posting: times each batch, counts it in <see cref="All"/>, and also in
/// <see cref="Measured"/> when it completes inside the measured span. Transport failures count as errors.
/// </summary>
internal sealed class MeasuredPoster(MonitoringClient client, long measureFrom, long stopAt)
{
    public Tally All { get; } = new();
    public Tally Measured { get; } = new();

    public static (Tally All, Tally Measured) Merge(IEnumerable<MeasuredPoster> posters)
    {
        var all = new Tally();
        var measured = new Tally();
        foreach (var poster in posters)
        {
            all.Merge(poster.All);
            measured.Merge(poster.Measured);
        }

        return (all, measured);
    }

    public async Task PostAsync(ReadOnlyMemory<byte> body, int events, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var reply = await TryPostAsync(body, cancellationToken);
        var ended = Stopwatch.GetTimestamp();
        var ms = Stopwatch.GetElapsedTime(started, ended).TotalMilliseconds;
        All.Add(reply, events, ms);
        if (ended >= measureFrom && ended <= stopAt)
        {
            Measured.Add(reply, events, ms);
        }
    }

    private async Task<IngestReply> TryPostAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
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
