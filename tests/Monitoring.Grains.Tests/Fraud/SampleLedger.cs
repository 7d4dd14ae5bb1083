using System.Collections.Concurrent;
using System.Collections.Immutable;
using Monitoring.Contracts.Fraud;
using Monitoring.Domain.Fraud;
using Monitoring.Grains.Storage;

namespace Monitoring.Grains.Tests.Fraud;

/// <summary>A stand-in ledger holding labelled rows per tenant, until the memory ledger lands: training reads only its samples.</summary>
internal sealed class SampleLedger : IFraudLedger
{
    private readonly ConcurrentDictionary<string, List<FraudSample>> _rows = new(StringComparer.Ordinal);

    public void Set(string tenant, List<FraudSample> rows) => _rows[tenant] = rows;

    public Task AppendAsync(string tenant, FraudScore score) => Task.CompletedTask;

    public Task<ImmutableArray<FraudScore>> QueryAsync(string tenant, FraudLedgerQuery query) => Task.FromResult(ImmutableArray<FraudScore>.Empty);

    public Task<bool> LabelAsync(string tenant, string deviceId, long seq, FraudLabel label) => Task.FromResult(false);

    public Task<bool> LinkAlertAsync(string tenant, string deviceId, long seq, string alertId) => Task.FromResult(false);

    public Task<ImmutableArray<FraudSample>> ReadSamplesAsync(string tenant, DateTimeOffset since, DateTimeOffset until, int limit) =>
        Task.FromResult<ImmutableArray<FraudSample>>(_rows.TryGetValue(tenant, out var rows)
            ? [.. rows.Where(r => r.At >= since && r.At < until).OrderBy(r => r.At).Take(limit)]
            : []);
}
