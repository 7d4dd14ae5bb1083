using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Monitoring.Server.Apis;

/// <summary><c>GET /api/v1/health</c>: unauthenticated liveness with the cluster's silos.</summary>
internal static class HealthApi
{
    private static readonly string Version =
        typeof(HealthApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/health", Get).AllowAnonymous().WithTags("Health").WithName("Health");
        return routes;
    }

    private static Ok<HealthResponse> Get(IClusterMembershipService membership)
    {
        var snapshot = membership.CurrentSnapshot;
        var silos = snapshot.Members.Values
            .Where(m => m.Status != SiloStatus.Dead)
            .Select(m => new SiloHealth(m.SiloAddress.ToParsableString(), m.Name, m.Status.ToString().ToLowerInvariant()))
            .ToList();
        var healthy = silos.Any(s => s.Status == "active");
        return TypedResults.Ok(new HealthResponse(healthy ? "ok" : "degraded", silos, Version));
    }
}
