using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Devices;
using Monitoring.Contracts.Guards;
using Monitoring.Contracts.Sites;
using Monitoring.Grains.Keys;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Apis;

/// <summary>
/// <c>/api/v1/sites/{siteId}/devices</c>: the devices of a site's guards in one request, paged by
/// guard exactly as <c>/api/v1/sites/{siteId}/guards</c> is, so a dashboard opening a site asks once
/// per page instead of once per guard.
/// </summary>
internal static class SiteDevicesApi
{
    public static IEndpointRouteBuilder MapSiteDevicesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/sites/{siteId}/devices", DevicesAsync)
            .RequireAuthorization(Roles.ReadPolicy).WithTags("Sites").WithName("GetSiteDevices")
            .WithSummary("The devices listed by the site's guards, a page of guards at a time (the same limit 1..500, default 100, and cursor as /guards); a further page is announced in Link: <...>; rel=\"next\".");
        return routes;
    }

    private static async Task<Results<Ok<DeviceState[]>, ProblemHttpResult, ValidationProblem>> DevicesAsync(
        string siteId, string? limit, string? cursor, ClaimsPrincipal user, IGrainFactory grains, HttpContext http)
    {
        if (!IdPage.TryParse(limit, cursor, out var page, out var errors))
        {
            return Problems.Problems.Invalid(errors);
        }

        var tenant = user.Tenant();
        if (await grains.GetGrain<ISiteGrain>(GrainKeys.Compose(tenant, siteId)).GetGuardIdsAsync() is not { } guardIds)
        {
            return Problems.Problems.NotFound("Site", siteId);
        }

        var ids = guardIds.Order(StringComparer.Ordinal)
            .SkipWhile(id => page.After is { } after && string.CompareOrdinal(id, after) <= 0)
            .Take(page.Limit + 1)
            .ToList();
        var guards = await page.FetchAsync(ids, id => grains.GetGrain<IGuardGrain>(GrainKeys.Compose(tenant, id)).GetAsync(), http);
        var deviceIds = guards.Where(g => g.SiteId == siteId).SelectMany(g => g.DeviceIds).Distinct(StringComparer.Ordinal).ToArray();
        var devices = new DeviceState?[deviceIds.Length];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, deviceIds.Length),
            new ParallelOptions { MaxDegreeOfParallelism = IdPage.Concurrency, CancellationToken = http.RequestAborted },
            async (i, _) => devices[i] = await grains.GetGrain<IDeviceGrain>(GrainKeys.Compose(tenant, deviceIds[i])).GetAsync());
        return TypedResults.Ok(devices.OfType<DeviceState>().ToArray());
    }
}
