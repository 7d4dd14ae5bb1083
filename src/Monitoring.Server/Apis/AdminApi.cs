using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Grains.Scheduling;
using Microsoft.Extensions.Options;
using Monitoring.Server.Audit;
using Monitoring.Server.Auth;
using Monitoring.Server.Hosting;

namespace Monitoring.Server.Apis;

/// <summary>
/// <c>/api/v1/admin</c>: the manual clock, and memory figures for capacity runs. Both act on the
/// whole host, not one tenant, so they need the <c>system</c> role; a tenant's admin gets 403.
/// </summary>
internal static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/api/v1/admin").WithTags("Admin").RequireAuthorization(Roles.SystemPolicy);
        admin.MapGet("/clock", (MonitoringClock clock) => TypedResults.Ok(new ClockResponse(clock.GetUtcNow(), Mode(clock), 0)))
            .WithName("GetClock");
        admin.MapPost("/clock", SetClockAsync).WithName("SetClock").Audited("clock", hostWide: true);
        admin.MapPut("/clock", SetClockAsync).WithName("PutClock").Audited("clock", hostWide: true);
        admin.MapGet("/memory", Memory).WithName("GetMemory")
            .WithSummary("Managed memory; collect=true runs a full blocking collection first.");
        return routes;
    }

    private static async Task<Results<Ok<ClockResponse>, ValidationProblem, ProblemHttpResult>> SetClockAsync(
        ClockRequest body, MonitoringClock clock, DueWorkScheduler scheduler, IOptions<MonitoringOptions> options, CancellationToken cancellationToken)
    {
        if (!clock.IsManual)
        {
            return Problems.Problems.Conflict("The host runs on the system clock; start it with Monitoring__Clock=manual to set time.", Mode(clock));
        }

        if (body.Now is not { } now)
        {
            return Problems.Problems.Invalid("now", "required, an ISO-8601 date-time");
        }

        if (ClockBounds.Check(now, clock.GetUtcNow(), options.Value.MaxClockStep) is { } reason)
        {
            return Problems.Problems.Invalid("now", reason);
        }

        // The request's abort token stops a long move between two due jobs: the clock then stands
        // at the last job that ran, with everything before it done.
        var ran = await scheduler.AdvanceAsync(now.ToUniversalTime(), cancellationToken);
        return TypedResults.Ok(new ClockResponse(clock.GetUtcNow(), Mode(clock), ran));
    }

    private static Ok<MemoryResponse> Memory(bool? collect)
    {
        if (collect == true)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        using var process = Process.GetCurrentProcess();
        var info = GC.GetGCMemoryInfo();
        return TypedResults.Ok(new MemoryResponse(
            GC.GetTotalMemory(forceFullCollection: false), info.HeapSizeBytes, process.WorkingSet64, GC.CollectionCount(2)));
    }

    private static string Mode(MonitoringClock clock) => clock.IsManual ? "manual" : "system";
}
