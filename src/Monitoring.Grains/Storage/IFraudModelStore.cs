using System.Collections.Immutable;
using Monitoring.Contracts.Fraud;

namespace Monitoring.Grains.Storage;

/// <summary>
/// Every trained fraud model version of every tenant, passed or rejected: its description and its
/// bytes (<see cref="Monitoring.Domain.Fraud.Models.TreeEnsembleCodec"/>). Memory on the embedded
/// default, PostgreSQL in production (every silo reads the same models).
/// </summary>
public interface IFraudModelStore
{
    /// <summary>Stores one version (a version is written once; saving it again replaces it).</summary>
    Task SaveAsync(string tenant, FraudModelInfo model, byte[] bytes);

    /// <summary>The tenant's versions, newest first, at most <paramref name="limit"/>.</summary>
    Task<ImmutableArray<FraudModelInfo>> ListAsync(string tenant, int limit);

    /// <summary>One version's bytes, or null when the store has no such version.</summary>
    Task<byte[]?> ReadBytesAsync(string tenant, string version);
}
