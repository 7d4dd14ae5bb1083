using Monitoring.Persistence.Feed;
using Monitoring.Persistence.History;

namespace Monitoring.Grains.Storage;

/// <summary>
/// The PostgreSQL stores grains write history to, when the host runs with PostgreSQL; both null on
/// the embedded default, where the feed log and the indexes live in grain memory.
/// </summary>
public sealed record DurableStores(PostgresEventLog? EventLog, PostgresHistory? History)
{
    /// <summary>The embedded default: nothing outside the grains.</summary>
    public static DurableStores None { get; } = new(null, null);
}
