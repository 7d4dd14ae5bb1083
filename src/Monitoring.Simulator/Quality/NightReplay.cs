using Monitoring.Fleet.Http;
using System.Diagnostics;
using System.Globalization;
using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Quality;

/// <summary>
/// Plays a virtual night into a host on the manual clock, in steps of sim time: for each step
/// (t, t + step] it moves the clock to t + step (every evaluation and timer due on the way runs),
/// then posts the events delivered by then, as phones would have sent them. It goes on for
/// <see cref="Tail"/> past the end of the night so that late detections and clears happen. With a
/// target rate it paces itself so that no more than that many events per second (wall time) go out.
/// </summary>
internal sealed class NightReplay
{
    public static readonly TimeSpan Tail = TimeSpan.FromHours(1);
    private readonly HostApi _api;
    private readonly TelemetrySender _sender;
    private readonly TimeSpan _step;
    private readonly TextWriter _progress;
    private readonly int _rate;

    public NightReplay(HostApi api, TelemetrySender sender, TimeSpan step, TextWriter progress, int rate = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(step, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(rate);
        _api = api;
        _sender = sender;
        _step = step;
        _progress = progress;
        _rate = rate;
    }

    public async Task<ReplayFigures> RunAsync(VirtualNight night, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var start = night.Settings.Start;
        var end = start + night.Settings.Length + Tail;
        using var events = night.Events().GetEnumerator();
        var pending = events.MoveNext();
        var due = new List<NightEvent>();
        var (t, steps, reported) = (start, 0, 0);
        while (t < end || pending)
        {
            var to = t + _step;
            await _api.SetClockAsync(to, cancellationToken);
            steps++;
            due.Clear();
            while (pending && events.Current.DeliverAt <= to)
            {
                due.Add(events.Current);
                pending = events.MoveNext();
            }

            await _sender.SendAsync(due, cancellationToken);
            await PaceAsync(watch, cancellationToken);
            t = to;
            var percent = (int)Math.Min(100, (t - start) / (end - start) * 100);
            if (percent / 5 > reported / 5)
            {
                reported = percent;
                Report(percent, t - start, watch.Elapsed);
            }
        }

        return new ReplayFigures(steps, _sender.Tally, watch.Elapsed);
    }

    // Ahead of the target rate: wait until the events sent so far fit it.
    private async Task PaceAsync(Stopwatch watch, CancellationToken cancellationToken)
    {
        if (_rate > 0 && TimeSpan.FromSeconds(_sender.Tally.Events / (double)_rate) - watch.Elapsed is { } ahead && ahead > TimeSpan.Zero)
        {
            await Task.Delay(ahead, cancellationToken);
        }
    }

    private void Report(int percent, TimeSpan sim, TimeSpan wall)
    {
        var sent = _sender.Tally;
        _progress.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"quality: {percent,3}%  sim {(int)sim.TotalHours:00}:{sim.Minutes:00}  events {sent.Events:N0}  batches {sent.Batches:N0}  retries {sent.Retries}  wall {wall.TotalSeconds:F1} s"));
    }
}
