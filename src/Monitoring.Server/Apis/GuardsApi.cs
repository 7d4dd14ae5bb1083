using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Guards;
using Monitoring.Grains.Keys;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Apis;

/// <summary><c>/api/v1/guards</c>: a guard's live state, and evaluation on demand.</summary>
internal static class GuardsApi
{
    public static IEndpointRouteBuilder MapGuardsApi(this IEndpointRouteBuilder routes)
    {
        var guards = routes.MapGroup("/api/v1/guards").WithTags("Guards");
        guards.MapGet("/{guardId}", GetAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetGuard");
        guards.MapPost("/{guardId}/evaluate", EvaluateAsync).RequireAuthorization(Roles.ActPolicy).WithName("EvaluateGuard");
        return routes;
    }

    private static async Task<Results<Ok<GuardState>, ProblemHttpResult>> GetAsync(string guardId, ClaimsPrincipal user, IGrainFactory grains) =>
        await Guard(grains, user, guardId).GetAsync() is { } state
            ? TypedResults.Ok(state)
            : Problems.Problems.NotFound("Guard", guardId);

    private static async Task<Results<Ok<GuardState>, ProblemHttpResult>> EvaluateAsync(string guardId, ClaimsPrincipal user, IGrainFactory grains) =>
        await Guard(grains, user, guardId).EvaluateNowAsync() is { } state
            ? TypedResults.Ok(state)
            : Problems.Problems.NotFound("Guard", guardId);

    private static IGuardGrain Guard(IGrainFactory grains, ClaimsPrincipal user, string guardId) =>
        grains.GetGrain<IGuardGrain>(GrainKeys.Compose(user.Tenant(), guardId));
}
