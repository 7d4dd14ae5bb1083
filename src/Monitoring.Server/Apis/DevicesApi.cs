using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Devices;
using Monitoring.Grains.Keys;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Apis;

/// <summary><c>/api/v1/devices</c>: a device's latest readings and binding.</summary>
internal static class DevicesApi
{
    public static IEndpointRouteBuilder MapDevicesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/devices/{deviceId}", GetAsync)
            .RequireAuthorization(Roles.ReadPolicy).WithTags("Devices").WithName("GetDevice");
        return routes;
    }

    private static async Task<Results<Ok<DeviceState>, ProblemHttpResult>> GetAsync(string deviceId, ClaimsPrincipal user, IGrainFactory grains) =>
        await grains.GetGrain<IDeviceGrain>(GrainKeys.Compose(user.Tenant(), deviceId)).GetAsync() is { } state
            ? TypedResults.Ok(state)
            : Problems.Problems.NotFound("Device", deviceId);
}
