using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Notifications;
using Monitoring.Server.Audit;
using Monitoring.Server.Auth;
using Route = Monitoring.Contracts.Notifications.Route;

namespace Monitoring.Server.Apis;

/// <summary><c>/api/v1/routes</c>: which alerts go to which contacts at which tier (viewer reads, admin changes).</summary>
internal static class RoutesApi
{
    public static IEndpointRouteBuilder MapRoutesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/routes").WithTags("Notifications");
        group.MapGet("/", ListAsync).RequireAuthorization(Roles.ReadPolicy).WithName("ListRoutes");
        group.MapGet("/{routeId}", GetAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetRoute");
        group.MapPut("/{routeId}", PutAsync).RequireAuthorization(Roles.AdminPolicy).WithName("PutRoute").Audited("route")
            .WithSummary("Creates or replaces a route; its sites and contacts must exist in the tenant.");
        group.MapDelete("/{routeId}", DeleteAsync).RequireAuthorization(Roles.AdminPolicy).WithName("DeleteRoute").Audited("route");
        return routes;
    }

    private static async Task<Ok<Route[]>> ListAsync(ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok((await Book(grains, user).ListRoutesAsync()).ToArray());

    private static async Task<Results<Ok<Route>, ProblemHttpResult>> GetAsync(string routeId, ClaimsPrincipal user, IGrainFactory grains) =>
        await Book(grains, user).GetRouteAsync(routeId) is { } route ? TypedResults.Ok(route) : Problems.Problems.NotFound("Route", routeId);

    private static async Task<Results<Ok<Route>, ValidationProblem, ProblemHttpResult>> PutAsync(
        string routeId, RoutePutRequest body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (RoutePutValidator.Validate(routeId, body, out var errors) is not { } route)
        {
            return Problems.Problems.Invalid(errors);
        }

        return BookProblems.Answer(await Book(grains, user).PutRouteAsync(route), "Route", routeId);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(string routeId, ClaimsPrincipal user, IGrainFactory grains) =>
        BookProblems.Deleted(await Book(grains, user).DeleteRouteAsync(routeId), "Route", routeId);

    private static INotificationBookGrain Book(IGrainFactory grains, ClaimsPrincipal user) => grains.GetGrain<INotificationBookGrain>(user.Tenant());
}
