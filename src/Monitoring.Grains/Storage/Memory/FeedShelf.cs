using Monitoring.Contracts.Feed;

namespace Monitoring.Grains.Storage.Memory;

/// <summary>
/// One tenant's feed log in memory, bounded: the last <see cref="Capacity"/> alert, incident and
/// ticket envelopes, and the last <see cref="StateCapacity"/> state updates.
/// </summary>
internal sealed class FeedShelf
{
    public const int Capacity = 20_000;

    /// <summary>
    /// State updates (guard_updated, device_updated) kept. A newer update of the same guard or phone
    /// replaces each one, and under load they arrive by the ten thousand a second: a long tail of them
    /// covers a fraction of a second, while keeping it made every collection copy it (each update
    /// outlived the young generation).
    /// </summary>
    public const int StateCapacity = 2_000;

    private readonly Queue<FeedEnvelope> _log = new();
    private readonly Queue<FeedEnvelope> _states = new();

    public long LastSeq { get; private set; }

    public void Append(IReadOnlyList<FeedEnvelope> envelopes)
    {
        for (var i = 0; i < envelopes.Count; i++)
        {
            var envelope = envelopes[i];
            var (queue, capacity) = FeedTypes.IsCoalescable(envelope.Type) ? (_states, StateCapacity) : (_log, Capacity);
            queue.Enqueue(envelope);
            if (queue.Count > capacity)
            {
                queue.Dequeue();
            }

            LastSeq = Math.Max(LastSeq, envelope.Seq);
        }
    }

    public FeedPage Read(long after, int limit)
    {
        var items = Merged(after).Take(limit + 1).ToList();
        var hasMore = items.Count > limit;
        return new FeedPage([.. items.Take(limit)], hasMore);
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
}
