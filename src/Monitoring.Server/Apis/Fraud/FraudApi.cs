using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Guards;
using Monitoring.Domain.Notifications;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Storage;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Apis.Fraud;

/// <summary>
/// <c>/api/v1/fraud</c>: the fraud ledger read three ways (guards at risk now, one guard's 30 days,
/// per-site heat) and the auditors' verdicts on scored events. Viewer reads, operator labels.
/// </summary>
internal static class FraudApi
{
    /// <summary>A score above this is a risk worth showing.</summary>
    public const double RiskThreshold = 0.5;

    /// <summary>A score at or above this raised a <c>fraud_risk</c> alert.</summary>
    public const double AlertThreshold = 0.8;

    /// <summary>The most scored events one read takes from the ledger.</summary>
    public const int MaxEvents = 20_000;

    /// <summary>The most scored events a guard's history lists.</summary>
    public const int MaxGuardEvents = 2_000;

    public static IEndpointRouteBuilder MapFraudApi(this IEndpointRouteBuilder routes)
    {
        var fraud = routes.MapGroup("/api/v1/fraud").WithTags("Fraud");
        fraud.MapGet("/live", LiveAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetFraudLive")
            .WithSummary("Guards whose latest scored event in the last hours (1..72, default 12) scored above 0.5, riskiest first.");
        fraud.MapGet("/guards/{guardId}", GuardAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetFraudGuard")
            .WithSummary("One guard's scored events of the last days (1..30, default 30), newest first, with labels and the fraud_risk alerts raised.");
        fraud.MapGet("/sites", SitesAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetFraudSites")
            .WithSummary("Per-site heat over the last hours (1..720, default 24): scored events, mean and max score, counts above 0.5 and at or above 0.8.");
        fraud.MapPost("/labels", FraudLabels.LabelAsync).RequireAuthorization(Roles.ActPolicy).WithName("LabelFraudEvents")
            .WithSummary("Verdicts on scored events: items of { deviceId, seq, label: fraud|legit }, by; all or nothing.");
        return routes;
    }

    private static async Task<Results<Ok<FraudLive>, ValidationProblem>> LiveAsync(
        string? hours, ClaimsPrincipal user, IFraudLedger ledger, MonitoringClock clock)
    {
        if (!FraudWindow.TryParse(hours, "hours", 12, 72, out var span, out var problem))
        {
            return problem;
        }

        var now = clock.GetUtcNow();
        var since = now.AddHours(-span);
        var scores = await ledger.QueryAsync(user.Tenant(), new FraudLedgerQuery(null, null, since, 0, MaxEvents));
        var risks = scores.GroupBy(s => s.GuardId, StringComparer.Ordinal)
            .Select(g => g.First())
            .Where(s => s.Score > RiskThreshold)
            .OrderByDescending(s => s.Score)
            .Select(FraudRisk.Of)
            .ToList();
        return TypedResults.Ok(new FraudLive(since, now, risks, scores.Length >= MaxEvents));
    }

    private static async Task<Results<Ok<FraudGuardHistory>, ValidationProblem, ProblemHttpResult>> GuardAsync(
        string guardId, string? days, ClaimsPrincipal user, IFraudLedger ledger, IGrainFactory grains, MonitoringClock clock)
    {
        if (!FraudWindow.TryParse(days, "days", 30, 30, out var span, out var problem))
        {
            return problem;
        }

        var (tenant, now) = (user.Tenant(), clock.GetUtcNow());
        var since = now.AddDays(-span);
        var scores = await ledger.QueryAsync(tenant, new FraudLedgerQuery(guardId, null, since, 0, MaxGuardEvents + 1));
        if (scores.IsEmpty && await grains.GetGrain<IGuardGrain>(GrainKeys.Compose(tenant, guardId)).GetAsync() is null)
        {
            return Problems.Problems.NotFound("Guard", guardId);
        }

        var alerts = await grains.GetGrain<IAlertIndexGrain>(tenant).QueryAsync(
            new AlertQuery(null, null, AlertTypeCatalog.FraudRisk, null, guardId, since, GuardsApi.MaxHistoryAlerts, null, null));
        return TypedResults.Ok(new FraudGuardHistory(
            guardId, since, now, [.. scores.Take(MaxGuardEvents)], scores.Length > MaxGuardEvents,
            [.. alerts.Items.Select(GuardHistoryAlert.Of)]));
    }

    private static async Task<Results<Ok<FraudSiteHeat>, ValidationProblem>> SitesAsync(
        string? hours, ClaimsPrincipal user, IFraudLedger ledger, MonitoringClock clock)
    {
        if (!FraudWindow.TryParse(hours, "hours", 24, 720, out var span, out var problem))
        {
            return problem;
        }

        var now = clock.GetUtcNow();
        var since = now.AddHours(-span);
        var scores = await ledger.QueryAsync(user.Tenant(), new FraudLedgerQuery(null, null, since, 0, MaxEvents));
        var sites = scores.GroupBy(s => s.SiteId, StringComparer.Ordinal)
            .Select(g => new FraudSite(
                g.Key, g.Count(), Math.Round(g.Average(s => s.Score), 4), g.Max(s => s.Score),
                g.Count(s => s.Score > RiskThreshold), g.Count(s => s.Score >= AlertThreshold)))
            .OrderByDescending(s => s.MaxScore).ThenBy(s => s.SiteId, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new FraudSiteHeat(since, now, sites, scores.Length >= MaxEvents));
    }
}
