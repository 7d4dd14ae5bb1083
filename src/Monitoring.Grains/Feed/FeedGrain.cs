using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Feed;
using Monitoring.Grains.Storage;
using Orleans.Utilities;

namespace Monitoring.Grains.Feed;

/// <summary>
/// A tenant's feed: numbers envelopes with a per-tenant sequence, keeps recent ones for catch-up
/// (<c>GET /api/v1/events</c>), and relays each batch to every registered web host. The log is bounded
/// and in memory on the embedded default: the last <see cref="Capacity"/> alert, incident and ticket
/// envelopes, and the last <see cref="StateCapacity"/> state updates. With PostgreSQL every batch is in
/// <c>feed_events</c> before any host relays it, and catch-up reads from there.
/// </summary>
internal sealed class FeedGrain(
    [PersistentState("feed")] IPersistentState<FeedGrainState> state,
    DurableStores stores,
    ILogger<FeedGrain> logger) : Grain, IFeedGrain
{
    public const int Capacity = 20_000;

    /// <summary>
    /// State updates (guard_updated, device_updated) kept in memory. A newer update of the same guard
    /// or phone replaces each one, and under load they arrive by the ten thousand a second: a long
    /// in-memory tail of them covers a fraction of a second, while keeping it made every collection
    /// copy it (each update outlived the young generation).
    /// </summary>
    public const int StateCapacity = 2_000;

    private readonly ObserverManager<IFeedObserver> _relays = new(TimeSpan.FromMinutes(2), logger);
    private readonly Queue<FeedEnvelope> _log = new();
    private readonly Queue<FeedEnvelope> _states = new();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (stores.EventLog is { } log)
        {
            state.State.LastSeq = Math.Max(state.State.LastSeq, await log.LastSeqAsync(this.GetPrimaryKeyString()));
            return;
        }

        foreach (var envelope in state.State.Recent)
        {
            Keep(envelope);
        }

        state.State.Recent = [];
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        state.State.Recent = [.. Merged(0)];
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
            Keep(withSeq);
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

        var items = Merged(after).Take(limit + 1).ToList();
        var hasMore = items.Count > limit;
        return Task.FromResult(new FeedPage([.. items.Take(limit)], hasMore));
    }

    private void Keep(FeedEnvelope envelope)
    {
        var (queue, capacity) = FeedTypes.IsCoalescable(envelope.Type) ? (_states, StateCapacity) : (_log, Capacity);
        queue.Enqueue(envelope);
        if (queue.Count > capacity)
        {
            queue.Dequeue();
        }
    }

    /// <summary>The kept envelopes after <paramref name="after"/>, both queues merged in sequence order.</summary>
    private IEnumerable<FeedEnvelope> Merged(long after)
    {
        using var events = _log.Where(e => e.Seq > after).GetEnumerator();
        using var states = _states.Where(e => e.Seq > after).GetEnumerator();
        var hasEvent = events.MoveNext();
        var hasState = states.MoveNext();
        while (hasEvent || hasState)
        {
            if (hasEvent && (!hasState || events.Current.Seq < states.Current.Seq))
            {
                yield return events.Current;
                hasEvent = events.MoveNext();
            }
            else
            {
                yield return states.Current;
                hasState = states.MoveNext();
            }
        }
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
