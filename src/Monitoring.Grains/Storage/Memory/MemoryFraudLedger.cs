using System.Collections.Concurrent;
using System.Collections.Immutable;
using Monitoring.Contracts.Fraud;
using Monitoring.Domain.Fraud;
using Monitoring.Grains.Scheduling;

namespace Monitoring.Grains.Storage.Memory;

/// <summary>
/// The embedded default's fraud ledger: each tenant's scored events in this silo's memory, in the
/// order they were appended, for 30 days and at most <see cref="FraudShelf.MaxRows"/> per tenant
/// (the oldest go first). Guards of one tenant append concurrently, so each shelf takes a lock.
/// </summary>
internal sealed class MemoryFraudLedger(MonitoringClock clock) : IFraudLedger
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    private readonly ConcurrentDictionary<string, FraudShelf> _shelves = new(StringComparer.Ordinal);

    public Task AppendAsync(string tenant, FraudScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        Shelf(tenant).Append(score, clock.GetUtcNow() - Retention);
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<FraudScore>> QueryAsync(string tenant, FraudLedgerQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Task.FromResult(_shelves.TryGetValue(tenant, out var shelf) ? shelf.Query(query) : []);
    }

    public Task<bool> LabelAsync(string tenant, string deviceId, long seq, FraudLabel label) =>
        Task.FromResult(_shelves.TryGetValue(tenant, out var shelf) && shelf.Change(deviceId, seq, s => s with { Label = label }));

    public Task<bool> LinkAlertAsync(string tenant, string deviceId, long seq, string alertId) =>
        Task.FromResult(_shelves.TryGetValue(tenant, out var shelf) && shelf.Change(deviceId, seq, s => s with { AlertId = alertId }));

    public Task<ImmutableArray<FraudSample>> ReadSamplesAsync(string tenant, DateTimeOffset since, DateTimeOffset until, int limit) =>
        Task.FromResult(_shelves.TryGetValue(tenant, out var shelf) ? shelf.Samples(since, until, limit) : []);

    private FraudShelf Shelf(string tenant) => _shelves.GetOrAdd(tenant, static _ => new FraudShelf());
}
