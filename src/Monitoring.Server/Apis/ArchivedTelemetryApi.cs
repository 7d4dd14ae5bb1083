using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Monitoring.Grains.Scheduling;
using Monitoring.Persistence.Archive;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Apis;

/// <summary><c>GET /api/v1/telemetry/{deviceId}?from=&amp;to=&amp;limit=</c>: a device's archived events (PostgreSQL only).</summary>
internal static class ArchivedTelemetryApi
{
    public const int DefaultLimit = 1000;
    public const int MaxLimit = 10_000;
    private static readonly TimeSpan DefaultSpan = TimeSpan.FromHours(1);

    public static IEndpointRouteBuilder MapArchivedTelemetryApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/telemetry/{deviceId}", ListAsync)
            .RequireAuthorization(Roles.ReadPolicy).WithTags("Telemetry").WithName("ListArchivedTelemetry")
            .WithSummary("A device's archived events with from <= ts < to (default: the last hour), oldest first.");
        return routes;
    }

    private static async Task<Results<Ok<ArchivedEventList>, ValidationProblem, ProblemHttpResult>> ListAsync(
        string deviceId, string? from, string? to, string? limit, ClaimsPrincipal user, MonitoringClock clock, [FromServices] ArchiveReader? archive)
    {
        if (archive is null)
        {
            return TypedResults.Problem(
                title: "Not found",
                detail: "This host keeps no telemetry archive (the embedded default): the archive is kept in PostgreSQL, start the host with ConnectionStrings__Postgres.",
                statusCode: StatusCodes.Status404NotFound);
        }

        if (!TryTime(to, clock.GetUtcNow(), out var until))
        {
            return Problems.Problems.Invalid("to", "must be an ISO-8601 time with an offset, e.g. 2026-11-24T01:10:00Z");
        }

        // The default span ends at the start of time rather than before it.
        var defaultSince = until.UtcTicks - DateTimeOffset.MinValue.UtcTicks > DefaultSpan.Ticks ? until - DefaultSpan : DateTimeOffset.MinValue;
        if (!TryTime(from, defaultSince, out var since))
        {
            return Problems.Problems.Invalid("from", "must be an ISO-8601 time with an offset, e.g. 2026-11-24T01:10:00Z");
        }

        if (since > until)
        {
            return Problems.Problems.Invalid("from", "must not be after to");
        }

        if (!PageLimit.TryParse(limit, DefaultLimit, MaxLimit, out var take))
        {
            return Problems.Problems.Invalid("limit", PageLimit.Rule(MaxLimit));
        }

        var items = await archive.ReadAsync(user.Tenant(), deviceId, since, until, take + 1);
        var hasMore = items.Length > take;
        return TypedResults.Ok(new ArchivedEventList(deviceId, hasMore ? items[..take] : items, hasMore));
    }

    private static bool TryTime(string? text, DateTimeOffset fallback, out DateTimeOffset value)
    {
        value = fallback;
        return string.IsNullOrEmpty(text)
            || (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value)
                && (text.EndsWith('Z') || text.Contains('+', StringComparison.Ordinal) || text.LastIndexOf('-') > 10)
                && ToUtc(ref value));
    }

    /// <summary>
    /// The time in UTC: arithmetic on a time works on its local clock reading, which for
    /// 0001-01-01T00:00-14:00 sits at the very start of the calendar.
    /// </summary>
    private static bool ToUtc(ref DateTimeOffset value)
    {
        value = value.ToUniversalTime();
        return true;
    }
}
