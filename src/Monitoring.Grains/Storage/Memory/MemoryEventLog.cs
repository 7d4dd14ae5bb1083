using System.Collections.Concurrent;
using Monitoring.Contracts.Feed;

namespace Monitoring.Grains.Storage.Memory;

/// <summary>
/// The embedded default's feed log: each tenant's recent envelopes in this silo's memory, bounded
/// (see <see cref="FeedShelf"/>). As with <see cref="MemoryHistory"/>, one silo and memory grain
/// storage make a per-silo store equivalent to grain state; each tenant's shelf is touched only by
/// that tenant's feed grain, one call at a time.
/// </summary>
internal sealed class MemoryEventLog : IEventLog
{
    private readonly ConcurrentDictionary<string, FeedShelf> _tenants = new(StringComparer.Ordinal);

    public Task<long> LastSeqAsync(string tenant) =>
        Task.FromResult(_tenants.TryGetValue(tenant, out var shelf) ? shelf.LastSeq : 0);

    public Task AppendAsync(string tenant, IReadOnlyList<FeedEnvelope> envelopes)
    {
        _tenants.GetOrAdd(tenant, static _ => new()).Append(envelopes);
        return Task.CompletedTask;
    }

    public Task<FeedPage> ReadAsync(string tenant, long after, int limit) =>
        Task.FromResult(_tenants.TryGetValue(tenant, out var shelf) ? shelf.Read(after, limit) : new FeedPage([], false));
}
