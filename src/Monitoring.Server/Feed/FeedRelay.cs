using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Monitoring.Contracts.Feed;
using Monitoring.Server.Hubs;

namespace Monitoring.Server.Feed;

/// <summary>
/// This web host's end of the feed: registered with the feed grain of every tenant one of its
/// dashboards watches, it queues each batch (never blocking the feed) and sends every envelope to
/// the tenant's, site's and guard's groups. A slow client only slows its own connection.
/// </summary>
internal sealed partial class FeedRelay(IGrainFactory grains, IHubContext<MonitoringHub> hub, ILogger<FeedRelay> logger)
    : BackgroundService, IFeedObserver
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(30);

    private readonly Channel<ImmutableArray<FeedEnvelope>> _batches =
        Channel.CreateBounded<ImmutableArray<FeedEnvelope>>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly ConcurrentDictionary<string, bool> _tenants = new(StringComparer.Ordinal);
    private IFeedObserver? _self;

    public Task OnEnvelopesAsync(ImmutableArray<FeedEnvelope> envelopes)
    {
        _batches.Writer.TryWrite(envelopes);
        return Task.CompletedTask;
    }

    public async Task WatchTenantAsync(string tenant)
    {
        if (_tenants.TryAdd(tenant, true))
        {
            await grains.GetGrain<IFeedGrain>(tenant).SubscribeAsync(Self);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var refresh = RefreshAsync(stoppingToken);
        try
        {
            await foreach (var batch in _batches.Reader.ReadAllAsync(stoppingToken))
            {
                foreach (var envelope in batch)
                {
                    await SendAsync(envelope);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await refresh;
    }

    private IFeedObserver Self => _self ??= grains.CreateObjectReference<IFeedObserver>(this);

    private async Task SendAsync(FeedEnvelope envelope)
    {
        try
        {
            var clients = hub.Clients;
            await clients.Group(HubGroups.Tenant(envelope.TenantId)).SendAsync(MonitoringHub.EventMethod, envelope);
            if (envelope.SiteId is { } site)
            {
                await clients.Group(HubGroups.Site(envelope.TenantId, site)).SendAsync(MonitoringHub.EventMethod, envelope);
            }

            if (envelope.GuardId is { } guard)
            {
                await clients.Group(HubGroups.Guard(envelope.TenantId, guard)).SendAsync(MonitoringHub.EventMethod, envelope);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogSendFailed(logger, envelope.Seq, e);
        }
    }

    private async Task RefreshAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Refresh);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var tenant in _tenants.Keys)
                {
                    await grains.GetGrain<IFeedGrain>(tenant).SubscribeAsync(Self);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Relaying feed envelope {Seq} failed.")]
    private static partial void LogSendFailed(ILogger logger, long seq, Exception exception);
}
