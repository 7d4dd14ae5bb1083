using System.Collections.Immutable;

namespace Monitoring.Contracts.Feed;

/// <summary>
/// A tenant's feed: numbers envelopes, keeps the recent ones for catch-up, and hands each batch to
/// the relays of every web host. Key: <c>{tenant}</c>.
/// </summary>
public interface IFeedGrain : IGrainWithStringKey
{
    /// <summary>Numbers and records a batch from one silo, then relays it.</summary>
    Task AppendAsync(ImmutableArray<FeedEnvelope> envelopes);

    /// <summary>Envelopes with a sequence number above <paramref name="after"/>, oldest first.</summary>
    Task<FeedPage> ReadAsync(long after, int limit);

    /// <summary>Registers (or refreshes) a relay; registrations expire unless refreshed.</summary>
    Task SubscribeAsync(IFeedObserver observer);

    /// <summary>Removes a relay.</summary>
    Task UnsubscribeAsync(IFeedObserver observer);
}
