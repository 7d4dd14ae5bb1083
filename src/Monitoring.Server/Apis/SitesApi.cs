using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Monitoring.Contracts.Guards;
using Monitoring.Contracts.Sites;
using Monitoring.Domain.Time;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Tenants;
using Monitoring.Server.Audit;
using Monitoring.Server.Auth;
using Monitoring.Server.Ingest;

namespace Monitoring.Server.Apis;

/// <summary><c>/api/v1/sites</c>: site settings (admin) and the live summary and guards of a site.</summary>
internal static class SitesApi
{
    public static IEndpointRouteBuilder MapSitesApi(this IEndpointRouteBuilder routes)
    {
        var sites = routes.MapGroup("/api/v1/sites").WithTags("Sites");
        sites.MapGet("/", ListAsync).RequireAuthorization(Roles.ReadPolicy).WithName("ListSites")
            .WithSummary("The tenant's sites by id, a page at a time: limit 1..500 (default 100), cursor; a further page is announced in Link: <...>; rel=\"next\".");
        sites.MapGet("/{siteId}", GetAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetSite");
        sites.MapGet("/{siteId}/guards", GuardsAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetSiteGuards")
            .WithSummary("The site's guards by id, a page at a time: limit 1..500 (default 100), cursor; a further page is announced in Link: <...>; rel=\"next\".");
        sites.MapPut("/{siteId}", PutAsync).RequireAuthorization(Roles.AdminPolicy).WithName("PutSite").Audited("site")
            .WithSummary("Creates or replaces a site's settings; a new site beyond the tenant's cap (Monitoring:Limits:SitesPerTenant) is 409.");
        return routes;
    }

    private static async Task<Results<Ok<SiteSummary[]>, ValidationProblem>> ListAsync(
        string? limit, string? cursor, ClaimsPrincipal user, IGrainFactory grains, HttpContext http)
    {
        if (!IdPage.TryParse(limit, cursor, out var page, out var errors))
        {
            return Problems.Problems.Invalid(errors);
        }

        var ids = await grains.GetGrain<ISiteDirectoryGrain>(user.Tenant()).ListAsync(page.After, page.Limit + 1);
        return TypedResults.Ok(await page.FetchAsync(ids, id => Site(grains, user, id).GetAsync(), http));
    }

    private static async Task<Results<Ok<SiteSummary>, ProblemHttpResult>> GetAsync(string siteId, ClaimsPrincipal user, IGrainFactory grains) =>
        await Site(grains, user, siteId).GetAsync() is { } summary
            ? TypedResults.Ok(summary)
            : Problems.Problems.NotFound("Site", siteId);

    // A page can hold fewer than limit guards: those that moved to another site since are left out.
    private static async Task<Results<Ok<GuardState[]>, ProblemHttpResult, ValidationProblem>> GuardsAsync(
        string siteId, string? limit, string? cursor, ClaimsPrincipal user, IGrainFactory grains, HttpContext http)
    {
        if (!IdPage.TryParse(limit, cursor, out var page, out var errors))
        {
            return Problems.Problems.Invalid(errors);
        }

        if (await Site(grains, user, siteId).GetGuardIdsAsync() is not { } guardIds)
        {
            return Problems.Problems.NotFound("Site", siteId);
        }

        var tenant = user.Tenant();
        var ids = guardIds.Order(StringComparer.Ordinal)
            .SkipWhile(id => page.After is { } after && string.CompareOrdinal(id, after) <= 0)
            .Take(page.Limit + 1)
            .ToList();
        var states = await page.FetchAsync(ids, id => grains.GetGrain<IGuardGrain>(GrainKeys.Compose(tenant, id)).GetAsync(), http);
        return TypedResults.Ok(states.Where(g => g.SiteId == siteId).ToArray());
    }

    private static async Task<Results<Ok<Site>, ValidationProblem, ProblemHttpResult>> PutAsync(
        string siteId, SitePutRequest body, ClaimsPrincipal user, IGrainFactory grains, [FromServices] TenantLimits limits)
    {
        var errors = Validate(siteId, body);
        if (errors.Count > 0)
        {
            return Problems.Problems.Invalid(errors);
        }

        if (!await grains.GetGrain<ISiteDirectoryGrain>(user.Tenant()).TryAddAsync(siteId))
        {
            return SiteCapReached(limits.SitesPerTenant);
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
        if (!errors.ContainsKey("name"))
        {
            // Shown on every dashboard and stored as UTF-8 text: one line, no lone surrogate.
            OperatorText.CheckCharacters(body.Name!, "name", multiline: false, errors);
        }

        Check(body.TimeZone is null || !SiteClock.TryFindZone(body.TimeZone, out _), "timeZone", "must be an IANA time zone id, e.g. Europe/Paris");
        Check(body.Lat is not (>= -90 and <= 90), "lat", "required, -90..90");
        Check(body.Lon is not (>= -180 and <= 180), "lon", "required, -180..180");
        Check(body.GeofenceRadiusM is not (> 0 and <= 100_000), "geofenceRadiusM", "required, > 0 and at most 100000");
        Check(body.InactivityThreshold is not null and not (> 0 and <= 1), "inactivityThreshold", "must be in (0, 1]");
        return errors;
    }

    private static ProblemHttpResult SiteCapReached(int cap) => TypedResults.Problem(
        title: "Limit reached",
        detail: $"The tenant's limit of {cap} sites is reached; a new site cannot be created.",
        statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["siteId"] = [$"the tenant's limit of {cap} sites is reached"] } });

    private static ISiteGrain Site(IGrainFactory grains, ClaimsPrincipal user, string siteId) =>
        grains.GetGrain<ISiteGrain>(GrainKeys.Compose(user.Tenant(), siteId));
}
