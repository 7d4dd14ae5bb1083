namespace Monitoring.Server.Hubs;

/// <summary>SignalR group names; every name carries the tenant, so no group spans two tenants.</summary>
internal static class HubGroups
{
    public static string Tenant(string tenant) => $"t|{tenant}";

    public static string Site(string tenant, string siteId) => $"s|{tenant}|{siteId}";

    public static string Guard(string tenant, string guardId) => $"g|{tenant}|{guardId}";

    /// <summary>The group of a subscription; batch subscribers have groups of their own.</summary>
    public static string For(string tenant, SubscriptionRequest? request) => request switch
    {
        { GuardId: { Length: > 0 } guard } => Guard(tenant, guard),
        { SiteId: { Length: > 0 } site } => Site(tenant, site),
        _ => Tenant(tenant),
    } + (request?.Batch == true ? BatchSuffix : "");

    public const string BatchSuffix = "|batch";

    /// <summary>The groups an envelope goes to (without the batch suffix).</summary>
    public static IEnumerable<string> Of(string tenant, string? siteId, string? guardId)
    {
        yield return Tenant(tenant);
        if (siteId is not null)
        {
            yield return Site(tenant, siteId);
        }

        if (guardId is not null)
        {
            yield return Guard(tenant, guardId);
        }
    }
}
