using Monitoring.Contracts.Feed;

namespace Monitoring.Server.Hubs;

/// <summary>SignalR group names; every name carries the tenant, so no group spans two tenants.</summary>
internal static class HubGroups
{
    public static string Tenant(string tenant) => $"t|{tenant}";

    public static string Site(string tenant, string siteId) => $"s|{tenant}|{siteId}";

    public static string Guard(string tenant, string guardId) => $"g|{tenant}|{guardId}";

    /// <summary>The incident events of a tenant (no site) or of one site.</summary>
    public static string Incidents(string tenant, string? siteId = null) => siteId is null ? $"i|{tenant}" : $"i|{tenant}|{siteId}";

    /// <summary>The group of a subscription; batch subscribers have groups of their own.</summary>
    public static string For(string tenant, SubscriptionRequest? request) => request switch
    {
        { Incidents: true, SiteId: { Length: > 0 } site } => Incidents(tenant, site),
        { Incidents: true } => Incidents(tenant),
        { GuardId: { Length: > 0 } guard } => Guard(tenant, guard),
        { SiteId: { Length: > 0 } site } => Site(tenant, site),
        _ => Tenant(tenant),
    } + (request?.Batch == true ? BatchSuffix : "");

    public const string BatchSuffix = "|batch";

    /// <summary>
    /// The groups an envelope goes to (without the batch suffix): per-guard and per-device state to
    /// the site and guard groups only, a site's summary to the tenant group only, the rest to all
    /// three; an incident's events also to the incident groups of its tenant and its site.
    /// </summary>
    public static IEnumerable<string> Of(FeedEnvelope envelope)
    {
        var type = envelope.Type;
        if (type is FeedTypes.IncidentOpened or FeedTypes.IncidentUpdated)
        {
            yield return Incidents(envelope.TenantId);
            if (envelope.SiteId is { } incidentSite)
            {
                yield return Incidents(envelope.TenantId, incidentSite);
            }
        }

        if (!FeedTypes.IsGuardDetail(type))
        {
            yield return Tenant(envelope.TenantId);
        }

        if (type == FeedTypes.SiteSummary)
        {
            yield break;
        }

        if (envelope.SiteId is { } siteId)
        {
            yield return Site(envelope.TenantId, siteId);
        }

        if (envelope.GuardId is { } guardId)
        {
            yield return Guard(envelope.TenantId, guardId);
        }
    }
}
