using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Incidents;
using Monitoring.Domain.Correlation;
using Monitoring.Domain.Incidents;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Notifications;
using Monitoring.Server.Auth;
using Monitoring.Server.Ingest;

namespace Monitoring.Server.Apis;

/// <summary>
/// <c>/api/v1/incidents</c>: incidents newest first (filters siteId, guardId, status; cursor), one by
/// id, its timeline (alerts, guards, tickets, deliveries, actions), and the operators' actions
/// investigate, root-cause, note and close (see <see cref="IncidentWorkflow"/>).
/// </summary>
internal static class IncidentsApi
{
    public static IEndpointRouteBuilder MapIncidentsApi(this IEndpointRouteBuilder routes)
    {
        var incidents = routes.MapGroup("/api/v1/incidents").WithTags("Incidents");
        incidents.MapGet("/", ListAsync).RequireAuthorization(Roles.ReadPolicy).WithName("ListIncidents");
        incidents.MapGet("/{incidentId}", GetAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetIncident");
        incidents.MapGet("/{incidentId}/timeline", TimelineAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetIncidentTimeline")
            .WithSummary("The incident with its alerts (and their history), guards, tickets, deliveries and actions, merged into one timeline.");
        foreach (var kind in Enum.GetValues<IncidentActionKind>())
        {
            incidents.MapPost("/{incidentId}/" + IncidentActionValidator.Path(kind),
                    (string incidentId, IncidentActionRequest body, ClaimsPrincipal user, IGrainFactory grains) => ActAsync(incidentId, kind, body, user, grains))
                .RequireAuthorization(Roles.ActPolicy).WithName(kind + "Incident").WithSummary(IncidentActionValidator.Summary(kind));
        }

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
                return Problems.Problems.Invalid("status", "must be one of " + WireEnums.Names<IncidentStatus>());
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

    private static async Task<Results<Ok<IncidentTimeline>, ProblemHttpResult>> TimelineAsync(
        string incidentId, ClaimsPrincipal user, IGrainFactory grains, INotificationOutbox outbox, CancellationToken cancellationToken) =>
        await grains.GetGrain<IIncidentIndexGrain>(user.Tenant()).GetAsync(incidentId) is { } incident
            ? TypedResults.Ok(await IncidentTimelineReader.ReadAsync(incident, user.Tenant(), grains, outbox, cancellationToken))
            : Problems.Problems.NotFound("Incident", incidentId);

    private static async Task<Results<Ok<Incident>, ValidationProblem, ProblemHttpResult>> ActAsync(
        string incidentId, IncidentActionKind kind, IncidentActionRequest body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (IncidentActionValidator.Validate(kind, body, user, out var errors) is not { } command)
        {
            return Problems.Problems.Invalid(errors);
        }

        if (await grains.GetGrain<IIncidentIndexGrain>(user.Tenant()).GetAsync(incidentId) is not { } incident)
        {
            return Problems.Problems.NotFound("Incident", incidentId);
        }

        var result = await grains.GetGrain<ICorrelationGrain>(GrainKeys.Compose(user.Tenant(), incident.SiteId)).ActAsync(incidentId, command);
        var status = WireEnums.Name(result.Incident?.Status ?? incident.Status);
        return result.Outcome switch
        {
            IncidentOutcome.Applied or IncidentOutcome.Repeated => TypedResults.Ok(result.Incident!),
            IncidentOutcome.Conflict => Problems.Problems.Conflict($"The incident is {status}; it takes no {IncidentActionValidator.Path(kind)}.", status),
            IncidentOutcome.Full => Problems.Problems.Conflict(
                $"The incident holds {IncidentLimits.MaxHistory} actions at most; it takes no more (closing it is still allowed).", status),
            _ => Problems.Problems.Conflict("The incident is no longer kept for actions (its site has many newer settled incidents).", status),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
