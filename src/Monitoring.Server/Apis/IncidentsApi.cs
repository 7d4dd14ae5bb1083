using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Incidents;
using Monitoring.Domain.Correlation;
using Monitoring.Server.Auth;
using Monitoring.Server.Ingest;

namespace Monitoring.Server.Apis;

/// <summary><c>/api/v1/incidents</c>: incidents newest first (filters siteId, guardId, status; cursor), and one by id.</summary>
internal static class IncidentsApi
{
    public static IEndpointRouteBuilder MapIncidentsApi(this IEndpointRouteBuilder routes)
    {
        var incidents = routes.MapGroup("/api/v1/incidents").WithTags("Incidents").RequireAuthorization(Roles.ReadPolicy);
        incidents.MapGet("/", ListAsync).WithName("ListIncidents");
        incidents.MapGet("/{incidentId}", GetAsync).WithName("GetIncident");
        return routes;
    }

    private static async Task<Results<Ok<IncidentList>, ValidationProblem>> ListAsync(
        string? siteId, string? guardId, string? status, string? limit, string? cursor, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!PageLimit.TryParse(limit, AlertListQuery.DefaultLimit, AlertListQuery.MaxLimit, out var take))
        {
            return Problems.Problems.Invalid("limit", PageLimit.Rule(AlertListQuery.MaxLimit));
        }

        IncidentStatus? wanted = null;
        if (status is { Length: > 0 })
        {
            // Exactly as the wire writes it: this filter has always been case-sensitive.
            if (!WireEnums.TryParse<IncidentStatus>(status, out var parsed) || WireEnums.Name(parsed) != status)
            {
                return Problems.Problems.Invalid("status", "must be open or resolved");
            }

            wanted = parsed;
        }

        if (ListFilters.FirstInvalid(("siteId", siteId), ("guardId", guardId)) is { } filter)
        {
            return Problems.Problems.Invalid(filter, Ids.Rule);
        }

        if (!PageCursor.TryDecodeOptional(cursor, out var beforeAt, out var beforeId))
        {
            return Problems.Problems.Invalid("cursor", "is not a cursor this API returned");
        }

        var items = await grains.GetGrain<IIncidentIndexGrain>(user.Tenant())
            .QueryAsync(Blank(siteId), Blank(guardId), wanted, beforeAt, beforeId, take + 1);
        var page = items.Take(take).ToList();
        var next = items.Length > take ? PageCursor.Encode(page[^1].OpenedAt, page[^1].IncidentId) : null;
        return TypedResults.Ok(new IncidentList(page, next));
    }

    private static async Task<Results<Ok<Incident>, ProblemHttpResult>> GetAsync(string incidentId, ClaimsPrincipal user, IGrainFactory grains) =>
        await grains.GetGrain<IIncidentIndexGrain>(user.Tenant()).GetAsync(incidentId) is { } incident
            ? TypedResults.Ok(incident)
            : Problems.Problems.NotFound("Incident", incidentId);

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
