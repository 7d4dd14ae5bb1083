using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Monitoring.Server.Apis;

/// <summary>
/// <c>GET /api/v1/health</c>: liveness with the cluster's silos (as <see cref="ISiloRoster"/> lists them). Anyone may ask; without a valid key
/// the answer says how things stand and nothing about where the silos are (no names, no addresses).
/// </summary>
internal static class HealthApi
{
    private static readonly string Version =
        typeof(HealthApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/health", Get).AllowAnonymous().WithTags("Health").WithName("Health")
            .WithSummary("Status for anyone; silo names and addresses only with a valid key.");
        return routes;
    }

    private static async Task<Results<Ok<HealthResponse>, Ok<PublicHealthResponse>>> Get(
        ISiloRoster roster, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var silos = await roster.ListAsync(cancellationToken);
        var status = silos.Any(s => s.Status == "active") ? "ok" : "degraded";
        return user.Identity?.IsAuthenticated == true
            ? TypedResults.Ok(new HealthResponse(status, silos, Version))
            : TypedResults.Ok(new PublicHealthResponse(status, [.. silos.Select(s => new PublicSiloHealth(s.Status))], Version));
    }
}
