namespace Monitoring.Grains.Storage.Audit;

/// <summary>
/// The embedded default's audit log: the last <see cref="PerTenant"/> records of each tenant in
/// this process's memory, gone with it (as the rest of the embedded default's state is).
/// </summary>
internal sealed class MemoryAuditLog : IAuditLog
{
    public const int PerTenant = 10_000;

    private readonly Dictionary<string, LinkedList<AuditRecord>> _tenants = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _lastId;

    public Task<AuditRecord> AppendAsync(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            var stored = record with { AuditId = ++_lastId };
            if (!_tenants.TryGetValue(record.Tenant, out var list))
            {
                _tenants[record.Tenant] = list = new();
            }

            list.AddFirst(stored);
            if (list.Count > PerTenant)
            {
                list.RemoveLast();
            }

            return Task.FromResult(stored);
        }
    }

    public Task<long> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        var deleted = 0L;
        lock (_gate)
        {
            foreach (var list in _tenants.Values)
            {
                // Every node is looked at: a manual clock moved back makes the times out of order.
                for (var node = list.First; node is not null;)
                {
                    var next = node.Next;
                    if (node.Value.At < cutoff)
                    {
                        list.Remove(node);
                        deleted++;
                    }

                    node = next;
                }
            }
        }

        return Task.FromResult(deleted);
    }

    public Task<AuditPage> ReadAsync(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            var matches = query.Tenants
                .SelectMany(t => _tenants.TryGetValue(t, out var list) ? list : Enumerable.Empty<AuditRecord>())
                .Where(r => query.BeforeId is not { } before || r.AuditId < before)
                .Where(r => query.Resource is null || string.Equals(r.Resource, query.Resource, StringComparison.Ordinal))
                .Where(r => query.Actor is null || string.Equals(r.Actor, query.Actor, StringComparison.Ordinal))
                .Where(r => query.Since is not { } since || r.At >= since)
                .OrderByDescending(r => r.AuditId)
                .Take(query.Limit + 1)
                .ToList();
            return Task.FromResult(new AuditPage([.. matches.Take(query.Limit)], matches.Count > query.Limit));
        }
    }
}
