using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Sites;
using Monitoring.Domain.Reports;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Scheduling;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Apis;

/// <summary>
/// <c>/api/v1/reports/{sla|alerts|guards|rules}</c>: figures over the alerts raised and incidents
/// opened in a period (at most 31 days), of one site or the tenant, as JSON or one CSV table.
/// </summary>
internal static class ReportsApi
{
    private const string Query = " Query: from, to (ISO-8601 with an offset; default the day before now), at most 31 days apart; siteId; format=json|csv.";

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder routes)
    {
        var reports = routes.MapGroup("/api/v1/reports").WithTags("Reports").RequireAuthorization(Roles.ReadPolicy);
        reports.MapGet("/sla", SlaAsync).WithName("GetSlaReport").AddOpenApiOperationTransformer((operation, _, _) => CsvAnswer.AddAsync(operation))
            .WithSummary("Time to acknowledge and to resolve, and response-SLA compliance, in total and per severity, site and type." + Query);
        reports.MapGet("/alerts", AlertsAsync).WithName("GetAlertsReport").AddOpenApiOperationTransformer((operation, _, _) => CsvAnswer.AddAsync(operation))
            .WithSummary("Alert volume in total and per type, site and site-local hour, deep-night counts, and the incidents opened in deep night." + Query);
        reports.MapGet("/rules", RulesAsync).WithName("GetRulesReport").AddOpenApiOperationTransformer((operation, _, _) => CsvAnswer.AddAsync(operation))
            .WithSummary("Operators' verdicts and the false-positive rate, in total and per rule (alert type) and site." + Query);
        reports.MapGet("/guards", GuardsAsync).WithName("GetGuardsReport").AddOpenApiOperationTransformer((operation, _, _) => CsvAnswer.AddAsync(operation))
            .WithSummary("Per guard and site: alerts by severity, inactivity alerts and their open minutes, SLA and verdicts." + Query);
        return routes;
    }

    private static Task<Results<Ok<SlaReport>, ContentHttpResult, ValidationProblem>> SlaAsync(
        string? from, string? to, string? siteId, string? format, HttpContext http, ClaimsPrincipal user, IGrainFactory grains, MonitoringClock clock) =>
        RunAsync(new(from, to, siteId, format), http, user, grains, clock, SlaReport.Name, SlaReport.Build, ReportCsv.Sla);

    private static Task<Results<Ok<AlertVolumeReport>, ContentHttpResult, ValidationProblem>> AlertsAsync(
        string? from, string? to, string? siteId, string? format, HttpContext http, ClaimsPrincipal user, IGrainFactory grains, MonitoringClock clock) =>
        RunAsync(new(from, to, siteId, format), http, user, grains, clock, AlertVolumeReport.Name, AlertVolumeReport.Build, ReportCsv.Alerts);

    private static Task<Results<Ok<RuleReport>, ContentHttpResult, ValidationProblem>> RulesAsync(
        string? from, string? to, string? siteId, string? format, HttpContext http, ClaimsPrincipal user, IGrainFactory grains, MonitoringClock clock) =>
        RunAsync(new(from, to, siteId, format), http, user, grains, clock, RuleReport.Name, RuleReport.Build, ReportCsv.Rules);

    private static Task<Results<Ok<GuardReport>, ContentHttpResult, ValidationProblem>> GuardsAsync(
        string? from, string? to, string? siteId, string? format, HttpContext http, ClaimsPrincipal user, IGrainFactory grains, MonitoringClock clock) =>
        RunAsync(new(from, to, siteId, format), http, user, grains, clock, GuardReport.Name, GuardReport.Build, ReportCsv.Guards);

    private static async Task<Results<Ok<T>, ContentHttpResult, ValidationProblem>> RunAsync<T>(
        ReportQueryText text, HttpContext http, ClaimsPrincipal user, IGrainFactory grains, MonitoringClock clock, string name, Func<ReportInput, T> build, Func<T, string> csv)
    {
        var now = clock.GetUtcNow();
        if (ReportQuery.Parse(text, now, out var errors) is not { } query)
        {
            return Problems.Problems.Invalid(errors);
        }

        var tenant = user.Tenant();

        // Sites are the tenant's own: another tenant's site is unknown here, exactly like one that does not exist.
        if (query.SiteId is { } siteId && await grains.GetGrain<ISiteGrain>(GrainKeys.Compose(tenant, siteId)).GetAsync() is null)
        {
            return Problems.Problems.Invalid("siteId", "is not a site of this tenant");
        }

        if (await ReportSource.LoadAsync(grains, tenant, new ReportPeriod(query.From, query.To, query.SiteId, now)) is not { } input)
        {
            return Problems.Problems.Invalid(
                "from", $"the period holds more than {ReportSource.MaxItems} alerts or incidents: shorten it or name a siteId");
        }

        var report = build(input);
        if (!query.Csv)
        {
            return TypedResults.Ok(report);
        }

        var stamp = query.From.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}-{stamp}.csv\"";
        return TypedResults.Text(csv(report), "text/csv; charset=utf-8");
    }
}
