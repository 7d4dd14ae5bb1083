using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Feed;

namespace Monitoring.Grains.Feed;

/// <summary>
/// Collects this silo's feed envelopes and hands them to each tenant's feed grain in one call per
/// tenant every <see cref="FlushPeriod"/>: grains never wait on the feed, and the feed grain sees a
/// few calls per second per silo instead of one per change.
/// </summary>
/// <remarks>
/// A silo stopping (SIGTERM) deactivates its grains: from then on it nudges none (a nudge would only
/// find the grain gone and be discarded); each grain publishes what it held back as it deactivates
/// (<see cref="FeedThrottle.TakeAnyHeldBack"/>), and once they all have, one last flush hands it to
/// the feed grains while the silo can still send (<see cref="Participate"/>).
/// </remarks>
public sealed partial class FeedPublisher(IGrainFactory grains, ILogger<FeedPublisher> logger, bool enabled = true)
    : BackgroundService, ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>False when the live feed is switched off (<c>Monitoring__Feed__Enabled=false</c>): grains then build no envelopes.</summary>
    public bool Enabled => enabled;

    public static readonly TimeSpan FlushPeriod = TimeSpan.FromMilliseconds(20);

    /// <summary>The last flush of a stopping silo waits this long at most.</summary>
    private static readonly TimeSpan LastFlushTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// A tenant's envelopes that failed to reach its feed grain (its silo died) are kept and sent
    /// first with the next flushes, up to this many per tenant; beyond it the oldest are dropped.
    /// </summary>
    public const int MaxCarried = 100_000;

    // Grains holding back a state update (FeedThrottle), by the flush period in which to nudge them: a
    // wheel of WheelSlots periods, which must span more than twice the longest throttle interval.
    private const int WheelSlots = 256;

    // A drained slot keeps at most this much room: after a burst (every guard of a replay step at
    // once) the lists would otherwise keep their peak size for good.
    private const int KeptCapacity = 256;
    private static readonly long PeriodMs = (long)FlushPeriod.TotalMilliseconds;
    private readonly List<(GrainId Grain, FeedThrottle Throttle)>[] _wheel = [.. Enumerable.Range(0, WheelSlots).Select(_ => new List<(GrainId, FeedThrottle)>())];
    private readonly List<(GrainId Grain, FeedThrottle Throttle)> _nudging = [];
    private long _wheelDone = -1;

    private readonly ConcurrentQueue<FeedEnvelope> _pending = new();
    private readonly Dictionary<string, List<FeedEnvelope>> _carried = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private volatile bool _departing;

    public void Publish(FeedEnvelope envelope)
    {
        if (enabled)
        {
            _pending.Enqueue(envelope);
        }
    }

    /// <summary>Remembers to nudge <paramref name="grain"/> at <paramref name="nudgeAt"/> (<see cref="Environment.TickCount64"/>) if it still holds an update back then.</summary>
    internal void HoldBack(GrainId grain, FeedThrottle throttle, long nudgeAt)
    {
        var slot = _wheel[(int)(nudgeAt / PeriodMs % WheelSlots)];
        lock (slot)
        {
            slot.Add((grain, throttle));
        }
    }

    /// <summary>
    /// Stops run from the highest stage down: <c>Active</c> first (no more nudges), then the grains'
    /// deactivation, then <c>ApplicationServices</c>, before the silo blocks application messages.
    /// </summary>
    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(nameof(FeedPublisher), ServiceLifecycleStage.Active, _ => Task.CompletedTask, _ =>
        {
            _departing = true;
            return Task.CompletedTask;
        });
        lifecycle.Subscribe(nameof(FeedPublisher), ServiceLifecycleStage.ApplicationServices, _ => Task.CompletedTask, LastFlushAsync);
    }

    // Bounded: with no other silo left (the whole cluster stopping) the feed grain has nowhere to go.
    private async Task LastFlushAsync(CancellationToken stopping)
    {
        try
        {
            await FlushAsync().WaitAsync(LastFlushTimeout, stopping);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            LogLastFlushCut(logger, LastFlushTimeout.TotalSeconds);
        }
    }

    public override void Dispose()
    {
        _flushing.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(FlushPeriod);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                NudgeHeldBack();
                await FlushAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await FlushAsync();
        }
    }

    // One-way calls to the grains whose nudge time has come and that still hold an update back.
    private void NudgeHeldBack()
    {
        var now = Environment.TickCount64 / PeriodMs;
        var from = _wheelDone < 0 ? now : Math.Max(_wheelDone + 1, now - WheelSlots + 1);
        for (var period = from; period <= now; period++)
        {
            var slot = _wheel[(int)(period % WheelSlots)];
            lock (slot)
            {
                _nudging.AddRange(slot);
                Drain(slot);
            }
        }

        _wheelDone = now;
        foreach (var (grain, throttle) in _nudging)
        {
            if (throttle.IsHoldingBack && !_departing)
            {
                _ = grains.GetGrain<IFeedSource>(grain).FlushFeedAsync();
            }
        }

        Drain(_nudging);
    }

    private static void Drain(List<(GrainId Grain, FeedThrottle Throttle)> list)
    {
        list.Clear();
        if (list.Capacity > KeptCapacity)
        {
            list.Capacity = KeptCapacity;
        }
    }

    private async Task FlushAsync()
    {
        // The loop and the silo's last stop stage may flush at once: one at a time keeps the order,
        // and the last flush waits for one in flight (its answer must arrive before the silo blocks
        // application messages).
        await _flushing.WaitAsync();
        try
        {
            await FlushNowAsync();
        }
        finally
        {
            _flushing.Release();
        }
    }

    private async Task FlushNowAsync()
    {
        if (_pending.IsEmpty && _carried.Count == 0)
        {
            return;
        }

        // Carried envelopes go first, so each tenant's feed keeps this silo's order.
        var byTenant = new Dictionary<string, List<FeedEnvelope>>(_carried, StringComparer.Ordinal);
        _carried.Clear();
        while (_pending.TryDequeue(out var envelope))
        {
            if (!byTenant.TryGetValue(envelope.TenantId, out var list))
            {
                list = [];
                byTenant[envelope.TenantId] = list;
            }

            list.Add(envelope);
        }

        await Task.WhenAll(byTenant.Select(kv => AppendAsync(kv.Key, kv.Value)));
    }

    private async Task AppendAsync(string tenant, List<FeedEnvelope> envelopes)
    {
        try
        {
            await grains.GetGrain<IFeedGrain>(tenant).AppendAsync([.. envelopes]);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var dropped = Math.Max(0, envelopes.Count - MaxCarried);
            lock (_carried)
            {
                _carried[tenant] = envelopes[dropped..];
            }

            LogFlushFailed(logger, envelopes.Count, dropped, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The stopping silo's last feed flush did not finish within {Seconds} s; what it held is lost.")]
    private static partial void LogLastFlushCut(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed flush of {Count} envelopes failed; they are sent again with the next flush ({Dropped} over the limit dropped).")]
    private static partial void LogFlushFailed(ILogger logger, int count, int dropped, Exception exception);
}
