using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Feed;
using Monitoring.Grains.Storage;
using Orleans.Utilities;

namespace Monitoring.Grains.Feed;

/// <summary>
/// A tenant's feed: numbers envelopes with a per-tenant sequence, keeps the last
/// <see cref="Capacity"/> for catch-up (<c>GET /api/v1/events</c>), and relays each batch to every
/// registered web host. The log is bounded and in memory on the embedded default; with PostgreSQL
/// every batch is in <c>feed_events</c> before any host relays it, and catch-up reads from there.
/// </summary>
internal sealed class FeedGrain(
    [PersistentState("feed")] IPersistentState<FeedGrainState> state,
    DurableStores stores,
    ILogger<FeedGrain> logger) : Grain, IFeedGrain
{
    public const int Capacity = 20_000;

    private readonly ObserverManager<IFeedObserver> _relays = new(TimeSpan.FromMinutes(2), logger);
    private readonly Queue<FeedEnvelope> _log = new();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (stores.EventLog is { } log)
        {
            state.State.LastSeq = Math.Max(state.State.LastSeq, await log.LastSeqAsync(this.GetPrimaryKeyString()));
            return;
        }

        foreach (var envelope in state.State.Recent)
        {
            _log.Enqueue(envelope);
        }

        state.State.Recent = [];
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        state.State.Recent = [.. _log];
        return state.WriteStateAsync(cancellationToken);
    }

    public async Task AppendAsync(ImmutableArray<FeedEnvelope> envelopes)
    {
        if (stores.EventLog is { } log)
        {
            var numbered = envelopes.Select(e => e with { Seq = ++state.State.LastSeq }).ToImmutableArray();
            await log.AppendAsync(numbered);
            await _relays.Notify(relay => relay.OnEnvelopesAsync(numbered));
            return;
        }

        AppendInMemory(envelopes);
    }

    private void AppendInMemory(ImmutableArray<FeedEnvelope> envelopes)
    {
        var numbered = ImmutableArray.CreateBuilder<FeedEnvelope>(envelopes.Length);
        foreach (var envelope in envelopes)
        {
            var withSeq = envelope with { Seq = ++state.State.LastSeq };
            numbered.Add(withSeq);
            _log.Enqueue(withSeq);
            if (_log.Count > Capacity)
            {
                _log.Dequeue();
            }
        }

        var batch = numbered.MoveToImmutable();
        _relays.Notify(relay => relay.OnEnvelopesAsync(batch));
    }

    public Task<FeedPage> ReadAsync(long after, int limit)
    {
        if (stores.EventLog is { } log)
        {
            return log.ReadAsync(this.GetPrimaryKeyString(), after, limit);
        }

        var items = _log.Where(e => e.Seq > after).Take(limit + 1).ToList();
        var hasMore = items.Count > limit;
        return Task.FromResult(new FeedPage([.. items.Take(limit)], hasMore));
    }

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
