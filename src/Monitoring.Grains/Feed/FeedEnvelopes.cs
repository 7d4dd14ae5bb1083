using Monitoring.Contracts.Feed;

namespace Monitoring.Grains.Feed;

/// <summary>Builds envelopes from the entities the REST API returns.</summary>
internal static class FeedEnvelopes
{
    public static FeedEnvelope Of<T>(string type, string tenant, string? siteId, string? guardId, DateTimeOffset at, T data)
        where T : class => new(type, tenant, data)
    {
        SiteId = siteId,
        GuardId = guardId,
        At = at,
    };
}
