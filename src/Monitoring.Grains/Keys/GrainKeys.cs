using System.Collections.Concurrent;

namespace Monitoring.Grains.Keys;

/// <summary>Grain keys carry the tenant: <c>{tenant}/{id}</c>. Ids never contain '/', so the split is unambiguous.</summary>
public static class GrainKeys
{
    // Every grain keeps its tenant's name: one string per tenant, not one per grain. Tenants come
    // from configured API keys, so the pool stays small.
    private static readonly ConcurrentDictionary<string, string> Tenants = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> TenantsByChars =
        Tenants.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Compose(string tenant, string id) => string.Concat(tenant, "/", id);

    public static (string Tenant, string Id) Split(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (key, string.Empty) : (TenantOf(key.AsSpan(0, slash)), key[(slash + 1)..]);
    }

    private static string TenantOf(ReadOnlySpan<char> tenant) =>
        TenantsByChars.TryGetValue(tenant, out var pooled) ? pooled : Tenants.GetOrAdd(tenant.ToString(), static t => t);
}
