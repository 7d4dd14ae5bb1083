using System.Text.Json;
using Monitoring.Contracts.Feed;
using Monitoring.Contracts.Json;

namespace Monitoring.Grains.Feed;

/// <summary>Builds envelopes from the entities the REST API returns.</summary>
internal static class FeedEnvelopes
{
    public static FeedEnvelope Of<T>(string type, string tenant, string? siteId, string? guardId, DateTimeOffset at, T data) => new()
    {
        Type = type,
        TenantId = tenant,
        SiteId = siteId,
        GuardId = guardId,
        At = at,
        DataJson = JsonSerializer.Serialize(data, WireJson.Options),
    };
}
