using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Monitoring.Contracts.Feed;
using Monitoring.Grains.Scheduling;
using Monitoring.Server.Hubs;
using Monitoring.Server.Operations;

namespace Monitoring.Server.Feed;

/// <summary>
/// This web host's end of the feed: registered with the feed grain of every tenant one of its
/// dashboards watches, it queues each batch (never blocking the feed) and sends every envelope to
/// the tenant's, site's and guard's groups.
/// </summary>
/// <remarks>
/// A group send completes when every member's write has: one client that stops reading would hold up
/// every other client if the relay awaited it. So the relay never awaits a send that did not complete
/// at once; it gives each a deadline (<see cref="HubLimits.SendTimeout"/>). A connection whose write
/// is still waiting at the deadline is aborted by SignalR (a cancelled write drops the connection), so
/// what a stalled client holds is bounded by its buffer (<see cref="HubLimits.ConnectionBufferBytes"/>)
/// and the sends of one timeout. The dashboard reconnects and catches up from <c>/api/v1/events</c>.
/// (Kestrel's minimum response data rate, 240 B/s after 5 s by default, drops a client that reads
/// nothing sooner; the timeout is the relay's own bound, whatever the server's settings.) A client
/// that reads, but slower than its feed, keeps its connection and misses the sends that time out.
/// </remarks>
internal sealed partial class FeedRelay(
    IGrainFactory grains, IHubContext<MonitoringHub> hub, GroupMembership membership, HubLimits limits, MonitoringClock clock, ILogger<FeedRelay> logger)
    : BackgroundService, IFeedObserver
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(30);

    // Sends still waiting on a slow connection; beyond this many the relay waits for one (at most a
    // timeout) rather than keep more.
    private const int MaxWaitingSends = 10_000;

    private readonly SendDeadlines _deadlines = new(limits.SendTimeout);
    private int _waiting;

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
                await SendAsync(batch);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            _deadlines.Dispose();
        }

        await refresh;
    }

    /// <summary>Sends still waiting on a slow connection (diagnostics and tests).</summary>
    public int WaitingSends => Volatile.Read(ref _waiting);

    private IFeedObserver Self => _self ??= grains.CreateObjectReference<IFeedObserver>(this);

    /// <summary>
    /// Sends one flush: each envelope as one <c>event</c> call to those of its groups that have
    /// members here (serialised once for all of them), and to each batch group one <c>events</c> call
    /// holding all of the flush's envelopes for that group.
    /// </summary>
    private async Task SendAsync(ImmutableArray<FeedEnvelope> batch)
    {
        var byGroup = new Dictionary<string, List<FeedEnvelope>>(StringComparer.Ordinal);
        var watched = new List<string>(3);
        var now = clock.GetUtcNow();
        foreach (var envelope in batch)
        {
            FeedMetrics.Relayed(envelope.At, now);
            watched.Clear();
            foreach (var group in HubGroups.Of(envelope))
            {
                if (membership.HasMembers(group))
                {
                    watched.Add(group);
                }

                var batchGroup = group + HubGroups.BatchSuffix;
                if (membership.HasMembers(batchGroup))
                {
                    if (!byGroup.TryGetValue(batchGroup, out var list))
                    {
                        list = [];
                        byGroup[batchGroup] = list;
                    }

                    list.Add(envelope);
                }
            }

            if (watched.Count > 0)
            {
                var clients = watched.Count == 1 ? hub.Clients.Group(watched[0]) : hub.Clients.Groups([.. watched]);
                await SendAsync(clients, MonitoringHub.EventMethod, envelope, envelope.Seq);
            }
        }

        foreach (var (group, envelopes) in byGroup)
        {
            await SendAsync(hub.Clients.Group(group), MonitoringHub.BatchMethod, envelopes, envelopes[0].Seq);
        }
    }

    private async ValueTask SendAsync(IClientProxy clients, string method, object payload, long seq)
    {
        Task send;
        try
        {
            send = clients.SendAsync(method, payload, _deadlines.Next());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogSendFailed(logger, seq, e);
            return;
        }

        if (send.IsCompletedSuccessfully)
        {
            return;
        }

        if (Interlocked.Increment(ref _waiting) > MaxWaitingSends)
        {
            await send.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        _ = send.ContinueWith(
            (done, state) => Completed(done, (long)state!), seq, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private void Completed(Task send, long seq)
    {
        Interlocked.Decrement(ref _waiting);
        if (send.IsCanceled || send.Exception?.InnerException is OperationCanceledException)
        {
            LogSendTimedOut(logger, seq, limits.SendTimeout);
        }
        else if (send.Exception is { } e)
        {
            LogSendFailed(logger, seq, e);
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

    [LoggerMessage(Level = LogLevel.Debug, Message = "Relaying feed envelope {Seq} to a connection that read nothing for {Timeout} gave up; the connection is dropped.")]
    private static partial void LogSendTimedOut(ILogger logger, long seq, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Relaying feed envelope {Seq} failed.")]
    private static partial void LogSendFailed(ILogger logger, long seq, Exception exception);
}
