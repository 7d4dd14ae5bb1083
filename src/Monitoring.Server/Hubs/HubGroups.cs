namespace Monitoring.Server.Hubs;

/// <summary>SignalR group names; every name carries the tenant, so no group spans two tenants.</summary>
internal static class HubGroups
{
    public static string Tenant(string tenant) => $"t|{tenant}";

    public static string Site(string tenant, string siteId) => $"s|{tenant}|{siteId}";

    public static string Guard(string tenant, string guardId) => $"g|{tenant}|{guardId}";

    public static string For(string tenant, SubscriptionRequest? request) => request switch
    {
        { GuardId: { Length: > 0 } guard } => Guard(tenant, guard),
        { SiteId: { Length: > 0 } site } => Site(tenant, site),
        _ => Tenant(tenant),
    };
}
