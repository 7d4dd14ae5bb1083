using System.Collections.Concurrent;
using System.Collections.Immutable;
using Monitoring.Contracts.Fraud;

namespace Monitoring.Grains.Storage.Memory;

/// <summary>The embedded default's model store: the silo's memory, gone with the process.</summary>
public sealed class MemoryFraudModelStore : IFraudModelStore
{
    private readonly ConcurrentDictionary<(string Tenant, string Version), (FraudModelInfo Info, byte[] Bytes)> _models = new();

    public Task SaveAsync(string tenant, FraudModelInfo model, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(model);
        _models[(tenant, model.Version)] = (model with { Active = false }, [.. bytes]);
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<FraudModelInfo>> ListAsync(string tenant, int limit) =>
        Task.FromResult<ImmutableArray<FraudModelInfo>>([.. _models
            .Where(m => m.Key.Tenant == tenant)
            .Select(m => m.Value.Info)
            .OrderByDescending(m => m.TrainedAt)
            .ThenByDescending(m => m.Version, StringComparer.Ordinal)
            .Take(limit)]);

    public Task<byte[]?> ReadBytesAsync(string tenant, string version) =>
        Task.FromResult(_models.TryGetValue((tenant, version), out var found) ? [.. found.Bytes] : (byte[]?)null);
}
