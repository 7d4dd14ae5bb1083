using System.Collections.Immutable;
using Monitoring.Contracts.Fraud;
using Monitoring.Domain.Fraud;

namespace Monitoring.Grains.Storage;

/// <summary>
/// Where scored attendance events are kept (30 days) and labelled: the fraud API reads it, operator
/// outcomes and audits label it, and training reads the labelled rows. Memory on the embedded
/// default, PostgreSQL in production. An event is (tenant, deviceId, seq); appending it twice keeps one.
/// </summary>
public interface IFraudLedger
{
    /// <summary>Records one scored event.</summary>
    Task AppendAsync(string tenant, FraudScore score);

    /// <summary>Scored events newest first, filtered by the query.</summary>
    Task<ImmutableArray<FraudScore>> QueryAsync(string tenant, FraudLedgerQuery query);

    /// <summary>One scored event, or null when the ledger does not hold it (never scored, or older than 30 days).</summary>
    Task<FraudScore?> FindAsync(string tenant, string deviceId, long seq);

    /// <summary>Labels one scored event; false when the ledger does not hold it.</summary>
    Task<bool> LabelAsync(string tenant, string deviceId, long seq, FraudLabel label);

    /// <summary>Links the alert a scored event raised to it; false when the ledger does not hold it.</summary>
    Task<bool> LinkAlertAsync(string tenant, string deviceId, long seq, string alertId);

    /// <summary>The labelled events scored in [<paramref name="since"/>, <paramref name="until"/>), oldest first, at most <paramref name="limit"/>.</summary>
    Task<ImmutableArray<FraudSample>> ReadSamplesAsync(string tenant, DateTimeOffset since, DateTimeOffset until, int limit);
}
