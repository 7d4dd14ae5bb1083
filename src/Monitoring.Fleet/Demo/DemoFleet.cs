using Monitoring.Domain.Telemetry;
using Monitoring.Fleet.Http;
using Monitoring.Fleet.Night;

namespace Monitoring.Fleet.Demo;

/// <summary>
/// Plays a virtual night at real speed against a host on the system clock: puts the night's sites,
/// then every <see cref="Tick"/> posts, in one batch, the events whose delivery time has passed
/// (a night that began in the past first sends its backlog). Failed posts are retried with the
/// identical body. It needs no console: progress goes to an optional callback after each tick, so a
/// host can run it in-process. It ends when the night has no events left or when cancelled.
/// </summary>
internal sealed class DemoFleet : IDisposable
{
    private readonly VirtualNight _night;
    private readonly HttpClient _http;
    private readonly bool _ownsClient;
    private readonly TimeProvider _time;
    private readonly Action<DemoProgress>? _progress;

    /// <summary>A fleet posting through <paramref name="http"/>, whose base address and <c>X-Api-Key</c> are set; the caller keeps it.</summary>
    public DemoFleet(VirtualNight night, HttpClient http, Action<DemoProgress>? progress = null, TimeProvider? time = null)
    {
        _night = night;
        _http = http;
        _progress = progress;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>A fleet with its own client for <paramref name="baseAddress"/> and <paramref name="key"/>.</summary>
    public DemoFleet(VirtualNight night, Uri baseAddress, string key, Action<DemoProgress>? progress = null, TimeProvider? time = null)
        : this(night, HostApi.CreateClient(baseAddress, key), progress, time) => _ownsClient = true;

    public TimeSpan Tick { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Runs until the night is over or <paramref name="cancellationToken"/> fires; returns where it stopped.</summary>
    public async Task<DemoProgress> RunAsync(CancellationToken cancellationToken)
    {
        var api = new HostApi(_http);
        var sender = new TelemetrySender(api, concurrency: 1);
        var guardsStarted = 0;
        var last = Snapshot(sender, guardsStarted, _time.GetUtcNow(), finished: false);
        try
        {
            foreach (var site in _night.Sites)
            {
                await api.PutSiteAsync(site, cancellationToken);
            }

            using var events = _night.Events().GetEnumerator();
            var pending = events.MoveNext();
            var due = new List<NightEvent>();
            using var timer = new PeriodicTimer(Tick, _time);
            do
            {
                var now = _time.GetUtcNow();
                due.Clear();
                while (pending && events.Current.DeliverAt <= now)
                {
                    due.Add(events.Current);
                    pending = events.MoveNext();
                }

                await sender.SendAsync(due, cancellationToken);
                guardsStarted += due.Count(e => e.Type == EventTypes.ShiftStart);
                last = Snapshot(sender, guardsStarted, now, finished: !pending);
                _progress?.Invoke(last);
            }
            while (pending && await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            last = Snapshot(sender, guardsStarted, _time.GetUtcNow(), finished: false);
        }

        return last;
    }

    public void Dispose()
    {
        if (_ownsClient)
        {
            _http.Dispose();
        }
    }

    private DemoProgress Snapshot(TelemetrySender sender, int guardsStarted, DateTimeOffset now, bool finished)
    {
        var faults = _night.Faults.Where(f => !f.IsValidBehaviour).ToList();
        return new DemoProgress(
            now, sender.Tally, guardsStarted, _night.Guards.Count, [.. faults.Where(f => f.StartsAt <= now)], faults.Count, finished);
    }
}
