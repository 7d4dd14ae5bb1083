using System.Collections.Concurrent;
using System.Collections.Immutable;
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

    private readonly ConcurrentQueue<FeedEnvelope> _pending = new();

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
        if (_pending.IsEmpty)
        {
            return;
        }

        var byTenant = new Dictionary<string, ImmutableArray<FeedEnvelope>.Builder>(StringComparer.Ordinal);
        while (_pending.TryDequeue(out var envelope))
        {
            if (!byTenant.TryGetValue(envelope.TenantId, out var list))
            {
                list = ImmutableArray.CreateBuilder<FeedEnvelope>();
                byTenant[envelope.TenantId] = list;
            }

            list.Add(envelope);
        }

        try
        {
            await Task.WhenAll(byTenant.Select(kv => grains.GetGrain<IFeedGrain>(kv.Key).AppendAsync(kv.Value.ToImmutable())));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogFlushFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed flush failed; dashboards will catch up from the event log.")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);
}
