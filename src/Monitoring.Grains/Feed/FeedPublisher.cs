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
public sealed partial class FeedPublisher(IGrainFactory grains, ILogger<FeedPublisher> logger, bool enabled = true) : BackgroundService
{
    /// <summary>False when the live feed is switched off (<c>Monitoring__Feed__Enabled=false</c>): grains then build no envelopes.</summary>
    public bool Enabled => enabled;

    public static readonly TimeSpan FlushPeriod = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// A tenant's envelopes that failed to reach its feed grain (its silo died) are kept and sent
    /// first with the next flushes, up to this many per tenant; beyond it the oldest are dropped.
    /// </summary>
    public const int MaxCarried = 100_000;

    private readonly ConcurrentQueue<FeedEnvelope> _pending = new();
    private readonly Dictionary<string, List<FeedEnvelope>> _carried = new(StringComparer.Ordinal);

    public void Publish(FeedEnvelope envelope)
    {
        if (enabled)
        {
            _pending.Enqueue(envelope);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(FlushPeriod);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await FlushAsync();
        }
    }

    private async Task FlushAsync()
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed flush of {Count} envelopes failed; they are sent again with the next flush ({Dropped} over the limit dropped).")]
    private static partial void LogFlushFailed(ILogger logger, int count, int dropped, Exception exception);
}
