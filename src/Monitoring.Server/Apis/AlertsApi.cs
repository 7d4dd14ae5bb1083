using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Keys;
using Monitoring.Server.Auth;
using Monitoring.Server.Hosting;

namespace Monitoring.Server.Apis;

/// <summary><c>/api/v1/alerts</c>: list, read, and the operator's workflow actions.</summary>
internal static class AlertsApi
{
    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder routes)
    {
        var alerts = routes.MapGroup("/api/v1/alerts").WithTags("Alerts");
        alerts.MapGet("/", ListAsync).RequireAuthorization(Roles.ReadPolicy).WithName("ListAlerts");
        alerts.MapGet("/{alertId}", GetAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetAlert");
        alerts.MapPost("/{alertId}/acknowledge", (string alertId, AlertActionRequest body, ClaimsPrincipal user, IGrainFactory grains, HttpContext context) =>
            ActAsync(alertId, AlertActionKind.Acknowledge, body, user, grains, context)).RequireAuthorization(Roles.ActPolicy).WithName("AcknowledgeAlert");
        alerts.MapPost("/{alertId}/verify", (string alertId, AlertActionRequest body, ClaimsPrincipal user, IGrainFactory grains, HttpContext context) =>
            ActAsync(alertId, AlertActionKind.Verify, body, user, grains, context)).RequireAuthorization(Roles.ActPolicy).WithName("VerifyAlert");
        alerts.MapPost("/{alertId}/resolve", (string alertId, AlertActionRequest body, ClaimsPrincipal user, IGrainFactory grains, HttpContext context) =>
            ActAsync(alertId, AlertActionKind.Resolve, body, user, grains, context)).RequireAuthorization(Roles.ActPolicy).WithName("ResolveAlert");
        return routes;
    }

    private static async Task<Results<Ok<AlertList>, ValidationProblem>> ListAsync(HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (AlertListQuery.Parse(request.Query, out var errors) is not { } query)
        {
            return Problems.Problems.Invalid(errors);
        }

        var page = await grains.GetGrain<IAlertIndexGrain>(user.Tenant()).QueryAsync(query);
        var next = page.HasMore && page.Items.Length > 0 ? PageCursor.Encode(page.Items[^1].RaisedAt, page.Items[^1].AlertId) : null;
        return TypedResults.Ok(new AlertList(page.Items, next));
    }

    private static async Task<Results<Ok<Alert>, ProblemHttpResult>> GetAsync(string alertId, ClaimsPrincipal user, IGrainFactory grains) =>
        await Alert(grains, user, alertId).GetAsync() is { } alert
            ? TypedResults.Ok(alert)
            : Problems.Problems.NotFound("Alert", alertId);

    private static async Task<Results<Ok<Alert>, ValidationProblem, ProblemHttpResult>> ActAsync(
        string alertId, AlertActionKind kind, AlertActionRequest body, ClaimsPrincipal user, IGrainFactory grains, HttpContext context)
    {
        if (AlertActionValidator.Validate(kind, body, user, out var errors) is not { } action)
        {
            return Problems.Problems.Invalid(errors);
        }

        // A silo leaving under the call: the exact same action again is a retry that changes nothing.
        var result = await DepartedSiloRetry.CallAsync(context, async () => await Alert(grains, user, alertId).ActAsync(action));
        return result.Outcome switch
        {
            ActionOutcome.Applied or ActionOutcome.Repeated => TypedResults.Ok(result.Alert!),
            ActionOutcome.Conflict => Problems.Problems.Conflict(
                $"The alert is {WireEnums.Name(result.Alert!.Status)}; it cannot be {AlertActionValidator.Verb(kind)}.",
                WireEnums.Name(result.Alert.Status)),
            ActionOutcome.Full => Problems.Problems.Conflict(
                $"The alert holds {AlertLimits.MaxVerifications} verifications or {AlertLimits.MaxHistory} history entries at most; " +
                "it takes no more (resolving it is still allowed).",
                WireEnums.Name(result.Alert!.Status)),
            _ => Problems.Problems.NotFound("Alert", alertId),
        };
    }

    private static IAlertGrain Alert(IGrainFactory grains, ClaimsPrincipal user, string alertId) =>
        grains.GetGrain<IAlertGrain>(GrainKeys.Compose(user.Tenant(), alertId));
}
