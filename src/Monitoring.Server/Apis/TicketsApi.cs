using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Tickets;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Tickets;
using Monitoring.Grains.Keys;
using Monitoring.Server.Auth;
using Monitoring.Server.Ingest;

namespace Monitoring.Server.Apis;

/// <summary>
/// <c>/api/v1/tickets</c>: tickets newest first (filters status, priority, category, siteId, guardId;
/// cursor), one by id, and the operators' moves new -> assigned -> in_progress -> resolved -> closed.
/// </summary>
internal static class TicketsApi
{
    public static IEndpointRouteBuilder MapTicketsApi(this IEndpointRouteBuilder routes)
    {
        var tickets = routes.MapGroup("/api/v1/tickets").WithTags("Tickets");
        tickets.MapGet("/", ListAsync).RequireAuthorization(Roles.ReadPolicy).WithName("ListTickets");
        tickets.MapGet("/{ticketId}", GetAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetTicket");
        tickets.MapPost("/{ticketId}/transition", TransitionAsync).RequireAuthorization(Roles.ActPolicy).WithName("TransitionTicket");
        return routes;
    }

    private static async Task<Results<Ok<TicketList>, ValidationProblem>> ListAsync(
        string? status, string? priority, string? category, string? siteId, string? guardId, string? limit, string? cursor,
        ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!PageLimit.TryParse(limit, AlertListQuery.DefaultLimit, AlertListQuery.MaxLimit, out var take))
        {
            return Problems.Problems.Invalid("limit", PageLimit.Rule(AlertListQuery.MaxLimit));
        }

        if (!TryFilter<TicketStatus>(status, out var byStatus))
        {
            return Problems.Problems.Invalid("status", "must be one of " + WireEnums.Names<TicketStatus>());
        }

        if (!TryFilter<TicketPriority>(priority, out var byPriority))
        {
            return Problems.Problems.Invalid("priority", "must be one of " + WireEnums.Names<TicketPriority>());
        }

        if (ListFilters.FirstInvalid(("category", category), ("siteId", siteId), ("guardId", guardId)) is { } filter)
        {
            return Problems.Problems.Invalid(filter, Ids.Rule);
        }

        if (!PageCursor.TryDecodeOptional(cursor, out var beforeAt, out var beforeId))
        {
            return Problems.Problems.Invalid("cursor", "is not a cursor this API returned");
        }

        var items = await grains.GetGrain<ITicketIndexGrain>(user.Tenant()).QueryAsync(
            new TicketQuery(byStatus, byPriority, Blank(category), Blank(siteId), Blank(guardId), beforeAt, beforeId, take + 1));
        var page = items.Take(take).ToList();
        var next = items.Length > take ? PageCursor.Encode(page[^1].CreatedAt, page[^1].TicketId) : null;
        return TypedResults.Ok(new TicketList(page, next));
    }

    private static async Task<Results<Ok<Ticket>, ProblemHttpResult>> GetAsync(string ticketId, ClaimsPrincipal user, IGrainFactory grains) =>
        await Ticket(grains, user, ticketId).GetAsync() is { } ticket
            ? TypedResults.Ok(ticket)
            : Problems.Problems.NotFound("Ticket", ticketId);

    private static async Task<Results<Ok<Ticket>, ValidationProblem, ProblemHttpResult>> TransitionAsync(
        string ticketId, TicketTransitionRequest body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!WireEnums.TryParse<TicketStatus>(body.To, out var to) || to == TicketStatus.New)
        {
            return Problems.Problems.Invalid("to", "must be one of assigned, in_progress, resolved, closed");
        }

        var errors = new Dictionary<string, string[]>();
        var by = Actor.Resolve(user, body.By, errors);
        if (body.Assignee is { Length: > 0 })
        {
            OperatorText.CheckName(body.Assignee, "assignee", errors);
        }

        Resolution? verdict = body.Verdict switch
        {
            null => null,
            "confirmed" => Resolution.Confirmed,
            "false_positive" => Resolution.FalsePositive,
            _ => null,
        };
        if (body.Verdict is not null && verdict is null)
        {
            errors["verdict"] = ["must be confirmed or false_positive"];
        }
        else if (verdict is not null && to != TicketStatus.Resolved)
        {
            errors["verdict"] = ["only a move to resolved carries a verdict"];
        }

        if (errors.Count > 0)
        {
            return Problems.Problems.Invalid(errors);
        }

        var result = await Ticket(grains, user, ticketId).TransitionAsync(new TicketTransition(to, by!, body.Assignee, verdict));
        return result switch
        {
            { Ticket: null } => Problems.Problems.NotFound("Ticket", ticketId),
            { Outcome: TicketTransitionCheck.Allowed or TicketTransitionCheck.Repeated } => TypedResults.Ok(result.Ticket),
            { Outcome: TicketTransitionCheck.AssigneeRequired } => Problems.Problems.Invalid("assignee", "required when the ticket moves to assigned"),
            { Outcome: TicketTransitionCheck.AssigneeNotAllowed } => Problems.Problems.Invalid("assignee", "only a move to assigned names an assignee"),
            { Outcome: TicketTransitionCheck.VerdictNotAllowed } => Problems.Problems.Invalid("verdict", "only a fraud ticket's move to resolved carries a verdict"),
            { Outcome: TicketTransitionCheck.Full } => Problems.Problems.Conflict(
                $"The ticket holds {TicketLimits.MaxHistory} history entries at most; it takes no more moves.", WireEnums.Name(result.Ticket.Status)),
            _ => Problems.Problems.Conflict(
                $"The ticket is {WireEnums.Name(result.Ticket.Status)}; it cannot move to {WireEnums.Name(to)}.", WireEnums.Name(result.Ticket.Status)),
        };
    }

    private static ITicketGrain Ticket(IGrainFactory grains, ClaimsPrincipal user, string ticketId) =>
        grains.GetGrain<ITicketGrain>(GrainKeys.Compose(user.Tenant(), ticketId));

    /// <summary>An optional enum filter: absent is null, otherwise it must be a wire name.</summary>
    private static bool TryFilter<T>(string? text, out T? value)
        where T : struct, Enum
    {
        value = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!WireEnums.TryParse<T>(text, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
