using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Guards;
using Monitoring.Contracts.Sites;
using Monitoring.Domain.Time;
using Monitoring.Grains.Keys;
using Monitoring.Server.Auth;
using Monitoring.Server.Ingest;

namespace Monitoring.Server.Apis;

/// <summary><c>/api/v1/sites</c>: site settings (admin) and the live summary and guards of a site.</summary>
internal static class SitesApi
{
    public static IEndpointRouteBuilder MapSitesApi(this IEndpointRouteBuilder routes)
    {
        var sites = routes.MapGroup("/api/v1/sites").WithTags("Sites");
        sites.MapGet("/", ListAsync).RequireAuthorization(Roles.ReadPolicy).WithName("ListSites");
        sites.MapGet("/{siteId}", GetAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetSite");
        sites.MapGet("/{siteId}/guards", GuardsAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetSiteGuards");
        sites.MapPut("/{siteId}", PutAsync).RequireAuthorization(Roles.AdminPolicy).WithName("PutSite");
        return routes;
    }

    private static async Task<Ok<SiteSummary[]>> ListAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        var ids = await grains.GetGrain<ISiteDirectoryGrain>(user.Tenant()).ListAsync();
        var sites = await Task.WhenAll(ids.Select(id => Site(grains, user, id).GetAsync()));
        return TypedResults.Ok(sites.OfType<SiteSummary>().ToArray());
    }

    private static async Task<Results<Ok<SiteSummary>, ProblemHttpResult>> GetAsync(string siteId, ClaimsPrincipal user, IGrainFactory grains) =>
        await Site(grains, user, siteId).GetAsync() is { } summary
            ? TypedResults.Ok(summary)
            : Problems.Problems.NotFound("Site", siteId);

    private static async Task<Results<Ok<GuardState[]>, ProblemHttpResult>> GuardsAsync(string siteId, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (await Site(grains, user, siteId).GetGuardIdsAsync() is not { } guardIds)
        {
            return Problems.Problems.NotFound("Site", siteId);
        }

        var tenant = user.Tenant();
        var states = await Task.WhenAll(guardIds.Select(id => grains.GetGrain<IGuardGrain>(GrainKeys.Compose(tenant, id)).GetAsync()));
        return TypedResults.Ok(states.OfType<GuardState>().Where(g => g.SiteId == siteId).ToArray());
    }

    private static async Task<Results<Ok<Site>, ValidationProblem>> PutAsync(
        string siteId, SitePutRequest body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = Validate(siteId, body);
        if (errors.Count > 0)
        {
            return Problems.Problems.Invalid(errors);
        }

        var site = new Site
        {
            SiteId = siteId,
            Name = body.Name!.Trim(),
            TimeZone = body.TimeZone!,
            Lat = body.Lat,
            Lon = body.Lon,
            GeofenceRadiusM = body.GeofenceRadiusM,
            InactivityThreshold = body.InactivityThreshold,
        };
        return TypedResults.Ok(await Site(grains, user, siteId).PutAsync(site));
    }

    private static Dictionary<string, string[]> Validate(string siteId, SitePutRequest body)
    {
        var errors = new Dictionary<string, string[]>();
        void Check(bool bad, string field, string message)
        {
            if (bad)
            {
                errors[field] = [message];
            }
        }

        Check(!Ids.IsValid(siteId), "siteId", Ids.Rule);
        Check(string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 200, "name", "required, at most 200 characters");
        Check(body.TimeZone is null || !SiteClock.TryFindZone(body.TimeZone, out _), "timeZone", "must be an IANA time zone id, e.g. Europe/Paris");
        Check(body.Lat is not (>= -90 and <= 90), "lat", "required, -90..90");
        Check(body.Lon is not (>= -180 and <= 180), "lon", "required, -180..180");
        Check(body.GeofenceRadiusM is not (> 0 and <= 100_000), "geofenceRadiusM", "required, > 0 and at most 100000");
        Check(body.InactivityThreshold is not null and not (> 0 and <= 1), "inactivityThreshold", "must be in (0, 1]");
        return errors;
    }

    private static ISiteGrain Site(IGrainFactory grains, ClaimsPrincipal user, string siteId) =>
        grains.GetGrain<ISiteGrain>(GrainKeys.Compose(user.Tenant(), siteId));
}
