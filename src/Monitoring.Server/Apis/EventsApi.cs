using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Feed;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Apis;

/// <summary><c>GET /api/v1/events?after=&amp;limit=</c>: the tenant's feed envelopes after a sequence number, for catch-up.</summary>
internal static class EventsApi
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/events", ListAsync).RequireAuthorization(Roles.ReadPolicy).WithTags("Feed").WithName("ListEvents")
            .WithSummary("The tenant's feed envelopes after a sequence number, oldest first, for catch-up.")
            .WithDescription(
                "Envelope types: guard_updated, device_updated, alert_raised, alert_updated, incident_opened, incident_updated, "
                + "ticket_opened, ticket_updated, silence_updated, notification_sent, notification_failed, site_summary. "
                + "On the hub (/hubs/monitoring), site and guard subscriptions get every type but site_summary; a tenant-wide "
                + "subscription gets no guard_updated or device_updated, and instead site_summary (data: the SiteSummary of "
                + "GET /api/v1/sites/{siteId}), at most one per site per second.");
        return routes;
    }

    private static async Task<Results<Ok<EventList>, ValidationProblem>> ListAsync(string? after, string? limit, ClaimsPrincipal user, IGrainFactory grains)
    {
        long afterSeq = 0;
        if (after is { Length: > 0 } && (!long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out afterSeq)))
        {
            return Problems.Problems.Invalid("after", "must be a sequence number >= 0");
        }

        if (!PageLimit.TryParse(limit, DefaultLimit, MaxLimit, out var take))
        {
            return Problems.Problems.Invalid("limit", PageLimit.Rule(MaxLimit));
        }

        var page = await grains.GetGrain<IFeedGrain>(user.Tenant()).ReadAsync(afterSeq, take);
        var next = page.HasMore && page.Items.Length > 0 ? page.Items[^1].Seq.ToString(CultureInfo.InvariantCulture) : null;
        return TypedResults.Ok(new EventList(page.Items, next));
    }
}
