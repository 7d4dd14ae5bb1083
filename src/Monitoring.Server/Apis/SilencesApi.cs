using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Scheduling;
using Monitoring.Server.Audit;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Apis;

/// <summary>
/// <c>/api/v1/silences</c>: maintenance windows during which matching alerts are recorded but not
/// notified or escalated (viewer reads, admin creates and expires). Each shows its status now.
/// </summary>
internal static class SilencesApi
{
    public static IEndpointRouteBuilder MapSilencesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/silences").WithTags("Notifications");
        group.MapGet("/", ListAsync).RequireAuthorization(Roles.ReadPolicy).WithName("ListSilences")
            .WithSummary("The tenant's silences, newest first (expired ones for 7 days); status filters pending, active or expired.");
        group.MapGet("/{silenceId}", GetAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetSilence");
        group.MapPost("/", CreateAsync).RequireAuthorization(Roles.AdminPolicy).WithName("CreateSilence").Audited("silence", creates: true)
            .WithSummary("Creates a silence: matchers, startsAt (default now), endsAt or durationMinutes, createdBy, comment, endWhenResolved.");
        group.MapDelete("/{silenceId}", ExpireAsync).RequireAuthorization(Roles.AdminPolicy).WithName("ExpireSilence").Audited("silence")
            .WithSummary("Expires a silence now (by: the query value, or the API key); an expired silence is returned as it is.");
        return routes;
    }

    private static async Task<Results<Ok<SilenceView[]>, ValidationProblem>> ListAsync(string? status, ClaimsPrincipal user, IGrainFactory grains)
    {
        SilenceStatus? filter = null;
        if (status is not null)
        {
            if (!WireEnums.TryParse<SilenceStatus>(status, out var parsed))
            {
                return Problems.Problems.Invalid("status", "must be one of " + WireEnums.Names<SilenceStatus>());
            }

            filter = parsed;
        }

        return TypedResults.Ok((await Book(grains, user).ListSilencesAsync(filter)).ToArray());
    }

    private static async Task<Results<Ok<SilenceView>, ProblemHttpResult>> GetAsync(string silenceId, ClaimsPrincipal user, IGrainFactory grains) =>
        await Book(grains, user).GetSilenceAsync(silenceId) is { } silence ? TypedResults.Ok(silence) : Problems.Problems.NotFound("Silence", silenceId);

    private static async Task<Results<Created<SilenceView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        SilenceCreateRequest body, ClaimsPrincipal user, IGrainFactory grains, MonitoringClock clock)
    {
        // With an API key the name is the body's, and the book judges it as it always has; with a
        // token it is the token's subject, and a body naming someone else is refused here.
        var actorErrors = new Dictionary<string, string[]>();
        var author = Actor.Resolve(user, body.CreatedBy, actorErrors, "createdBy");
        var signedIn = user.Subject() is not null;
        var silence = SilenceCreateValidator.Validate(body with { CreatedBy = signedIn ? author : body.CreatedBy }, clock.GetUtcNow(), out var errors);
        if (signedIn && author is null)
        {
            errors["createdBy"] = actorErrors["createdBy"];
        }

        if (silence is null || errors.Count > 0)
        {
            return Problems.Problems.Invalid(errors);
        }

        var answer = BookProblems.Answer(await Book(grains, user).CreateSilenceAsync(silence), "Silence", "new");
        return answer.Result switch
        {
            Ok<SilenceView> { Value: { } created } => TypedResults.Created($"/api/v1/silences/{created.SilenceId}", created),
            ValidationProblem invalid => invalid,
            ProblemHttpResult problem => problem,
            _ => throw new InvalidOperationException("The book answered a silence with neither the silence nor a problem."),
        };
    }

    private static async Task<Results<Ok<SilenceView>, ValidationProblem, ProblemHttpResult>> ExpireAsync(
        string silenceId, string? by, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = new Dictionary<string, string[]>();
        var author = by is null && user.Subject() is null ? Actor.Credential(user) : Actor.Resolve(user, by, errors);
        if (author is null)
        {
            return Problems.Problems.Invalid(errors);
        }

        return BookProblems.Answer(await Book(grains, user).ExpireSilenceAsync(silenceId, author), "Silence", silenceId);
    }

    private static INotificationBookGrain Book(IGrainFactory grains, ClaimsPrincipal user) => grains.GetGrain<INotificationBookGrain>(user.Tenant());
}
