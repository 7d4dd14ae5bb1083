using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Devices;
using Monitoring.Contracts.Guards;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Scheduling;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Apis;

/// <summary><c>/api/v1/guards</c>: a guard's live state, its last hours, and evaluation on demand.</summary>
internal static class GuardsApi
{
    /// <summary>The most hours of history asked for: what the guard and device grains keep.</summary>
    public const int MaxHistoryHours = 8;

    /// <summary>The most alerts a guard's history lists.</summary>
    public const int MaxHistoryAlerts = 200;

    public static IEndpointRouteBuilder MapGuardsApi(this IEndpointRouteBuilder routes)
    {
        var guards = routes.MapGroup("/api/v1/guards").WithTags("Guards");
        guards.MapGet("/{guardId}", GetAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetGuard");
        guards.MapGet("/{guardId}/history", HistoryAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetGuardHistory")
            .WithSummary($"The guard's last hours (hours 1..{MaxHistoryHours}, default {MaxHistoryHours}): evaluations, positions, its devices' battery and signal, its alerts.");
        guards.MapPost("/{guardId}/evaluate", EvaluateAsync).RequireAuthorization(Roles.ActPolicy).WithName("EvaluateGuard");
        return routes;
    }

    private static async Task<Results<Ok<GuardState>, ProblemHttpResult>> GetAsync(string guardId, ClaimsPrincipal user, IGrainFactory grains) =>
        await Guard(grains, user, guardId).GetAsync() is { } state
            ? TypedResults.Ok(state)
            : Problems.Problems.NotFound("Guard", guardId);

    private static async Task<Results<Ok<GuardHistory>, ValidationProblem, ProblemHttpResult>> HistoryAsync(
        string guardId, string? hours, ClaimsPrincipal user, IGrainFactory grains, MonitoringClock clock)
    {
        var span = MaxHistoryHours;
        if (!string.IsNullOrEmpty(hours)
            && !(int.TryParse(hours, NumberStyles.None, CultureInfo.InvariantCulture, out span) && span is >= 1 and <= MaxHistoryHours))
        {
            return Problems.Problems.Invalid("hours", $"must be an integer 1..{MaxHistoryHours}");
        }

        var (tenant, to) = (user.Tenant(), clock.GetUtcNow());
        var from = to.AddHours(-span);
        if (await Guard(grains, user, guardId).GetTrailAsync(from) is not { } trail)
        {
            return Problems.Problems.NotFound("Guard", guardId);
        }

        var devices = Task.WhenAll(trail.DeviceIds.Select(d => grains.GetGrain<IDeviceGrain>(GrainKeys.Compose(tenant, d)).GetHistoryAsync(from)));
        var alerts = await grains.GetGrain<IAlertIndexGrain>(tenant).QueryAsync(
            new AlertQuery(null, null, null, null, guardId, from, MaxHistoryAlerts, null, null));
        return TypedResults.Ok(new GuardHistory(
            guardId, trail.SiteId, trail.OnShift, trail.ShiftStartedAt, span, from, to, trail.Points, trail.Fixes,
            await devices, [.. alerts.Items.Select(GuardHistoryAlert.Of)], alerts.HasMore));
    }

    private static async Task<Results<Ok<GuardState>, ProblemHttpResult>> EvaluateAsync(string guardId, ClaimsPrincipal user, IGrainFactory grains) =>
        await Guard(grains, user, guardId).EvaluateNowAsync() is { } state
            ? TypedResults.Ok(state)
            : Problems.Problems.NotFound("Guard", guardId);

    private static IGuardGrain Guard(IGrainFactory grains, ClaimsPrincipal user, string guardId) =>
        grains.GetGrain<IGuardGrain>(GrainKeys.Compose(user.Tenant(), guardId));
}
