namespace Monitoring.Grains.Keys;

/// <summary>Grain keys carry the tenant: <c>{tenant}/{id}</c>. Ids never contain '/', so the split is unambiguous.</summary>
public static class GrainKeys
{
    public static string Compose(string tenant, string id) => string.Concat(tenant, "/", id);

    public static (string Tenant, string Id) Split(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (key, string.Empty) : (key[..slash], key[(slash + 1)..]);
    }
}
