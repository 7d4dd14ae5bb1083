using Monitoring.Contracts.Feed;

namespace Monitoring.Grains.Storage;

/// <summary>
/// A tenant's feed log: numbered envelopes kept for catch-up (<c>GET /api/v1/events</c>). The feed
/// grain numbers each batch and appends it here before any web host relays it.
/// </summary>
public interface IEventLog
{
    /// <summary>The highest sequence number the tenant's log holds, 0 when empty.</summary>
    Task<long> LastSeqAsync(string tenant);

    /// <summary>Appends envelopes of <paramref name="tenant"/>, numbered in order; a sequence number already there fails the batch.</summary>
    Task AppendAsync(string tenant, IReadOnlyList<FeedEnvelope> envelopes);

    /// <summary>Up to <paramref name="limit"/> envelopes after <paramref name="after"/>, in order.</summary>
    Task<FeedPage> ReadAsync(string tenant, long after, int limit);
}
