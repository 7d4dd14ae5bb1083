using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Monitoring.Server.Apis;

/// <summary>
/// <c>GET /api/v1/health</c>: liveness with the cluster's silos. Anyone may ask; without a valid key
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

    private static Results<Ok<HealthResponse>, Ok<PublicHealthResponse>> Get(IClusterMembershipService membership, ClaimsPrincipal user)
    {
        var snapshot = membership.CurrentSnapshot;
        var silos = snapshot.Members.Values
            .Where(m => m.Status != SiloStatus.Dead)
            .Select(m => new SiloHealth(m.SiloAddress.ToParsableString(), m.Name, m.Status.ToString().ToLowerInvariant()))
            .ToList();
        var status = silos.Any(s => s.Status == "active") ? "ok" : "degraded";
        return user.Identity?.IsAuthenticated == true
            ? TypedResults.Ok(new HealthResponse(status, silos, Version))
            : TypedResults.Ok(new PublicHealthResponse(status, [.. silos.Select(s => new PublicSiloHealth(s.Status))], Version));
    }
}
