using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Notifications;
using Monitoring.Server.Audit;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Apis;

/// <summary><c>/api/v1/inhibitions</c>: rules that keep one alert from being notified while another holds (viewer reads, admin changes).</summary>
internal static class InhibitionsApi
{
    public static IEndpointRouteBuilder MapInhibitionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/inhibitions").WithTags("Notifications");
        group.MapGet("/", ListAsync).RequireAuthorization(Roles.ReadPolicy).WithName("ListInhibitions")
            .WithSummary("The tenant's inhibition rules; a fresh tenant has the default dead-phone rule until an admin changes or deletes it.");
        group.MapGet("/{inhibitionId}", GetAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetInhibition");
        group.MapPut("/{inhibitionId}", PutAsync).RequireAuthorization(Roles.AdminPolicy).WithName("PutInhibition").Audited("inhibition");
        group.MapDelete("/{inhibitionId}", DeleteAsync).RequireAuthorization(Roles.AdminPolicy).WithName("DeleteInhibition").Audited("inhibition");
        return routes;
    }

    private static async Task<Ok<Inhibition[]>> ListAsync(ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok((await Book(grains, user).ListInhibitionsAsync()).ToArray());

    private static async Task<Results<Ok<Inhibition>, ProblemHttpResult>> GetAsync(string inhibitionId, ClaimsPrincipal user, IGrainFactory grains) =>
        await Book(grains, user).GetInhibitionAsync(inhibitionId) is { } rule ? TypedResults.Ok(rule) : Problems.Problems.NotFound("Inhibition", inhibitionId);

    private static async Task<Results<Ok<Inhibition>, ValidationProblem, ProblemHttpResult>> PutAsync(
        string inhibitionId, InhibitionPutRequest body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (InhibitionPutValidator.Validate(inhibitionId, body, out var errors) is not { } rule)
        {
            return Problems.Problems.Invalid(errors);
        }

        return BookProblems.Answer(await Book(grains, user).PutInhibitionAsync(rule), "Inhibition", inhibitionId);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(string inhibitionId, ClaimsPrincipal user, IGrainFactory grains) =>
        BookProblems.Deleted(await Book(grains, user).DeleteInhibitionAsync(inhibitionId), "Inhibition", inhibitionId);

    private static INotificationBookGrain Book(IGrainFactory grains, ClaimsPrincipal user) => grains.GetGrain<INotificationBookGrain>(user.Tenant());
}
