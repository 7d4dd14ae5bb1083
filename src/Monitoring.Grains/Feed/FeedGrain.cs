using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Feed;
using Monitoring.Grains.Storage;
using Orleans.Utilities;

namespace Monitoring.Grains.Feed;

/// <summary>
/// A tenant's feed: numbers envelopes with a per-tenant sequence, appends each batch to the event log
/// (<c>feed_events</c> with PostgreSQL, a bounded memory log on the embedded default) before any web
/// host relays it, and serves catch-up (<c>GET /api/v1/events</c>) from that log.
/// </summary>
internal sealed class FeedGrain(
    [PersistentState("feed")] IPersistentState<FeedGrainState> state,
    IEventLog log,
    ILogger<FeedGrain> logger) : Grain, IFeedGrain
{
    private readonly ObserverManager<IFeedObserver> _relays = new(TimeSpan.FromMinutes(2), logger);

    private string Tenant => this.GetPrimaryKeyString();

    // The stored sequence never goes back, even when the log has lost its newest rows.
    public override async Task OnActivateAsync(CancellationToken cancellationToken) =>
        state.State.LastSeq = Math.Max(state.State.LastSeq, await log.LastSeqAsync(Tenant));

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        state.WriteStateAsync(cancellationToken);

    public async Task AppendAsync(ImmutableArray<FeedEnvelope> envelopes)
    {
        var numbered = ImmutableArray.CreateBuilder<FeedEnvelope>(envelopes.Length);
        foreach (var envelope in envelopes)
        {
            numbered.Add(envelope with { Seq = ++state.State.LastSeq });
        }

        var batch = numbered.MoveToImmutable();
        await log.AppendAsync(Tenant, batch);
        await _relays.Notify(relay => relay.OnEnvelopesAsync(batch));
    }

    public Task<FeedPage> ReadAsync(long after, int limit) => log.ReadAsync(Tenant, after, limit);

    public Task SubscribeAsync(IFeedObserver observer)
    {
        _relays.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IFeedObserver observer)
    {
        _relays.Unsubscribe(observer);
        return Task.CompletedTask;
    }
}
