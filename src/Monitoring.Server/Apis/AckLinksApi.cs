using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Notifications;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Notifications;

namespace Monitoring.Server.Apis;

/// <summary>
/// <c>/api/v1/ack/{token}</c>: the one-click acknowledge links of notification messages. No API key:
/// the signed token is the credential (one contact, one alert, until it expires). GET shows the alert
/// and a button; POST acknowledges as <c>{contact} (link)</c>, and again is harmless.
/// </summary>
internal static class AckLinksApi
{
    public static IEndpointRouteBuilder MapAckLinksApi(this IEndpointRouteBuilder routes)
    {
        var ack = routes.MapGroup("/api/v1/ack").WithTags("Notifications").AllowAnonymous();
        ack.MapGet("/{token}", ShowAsync).WithName("ShowAckLink");
        ack.MapPost("/{token}", AcknowledgeAsync).WithName("AcknowledgeByLink");
        return routes;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult, ValidationProblem>> ShowAsync(
        string token, AckLinks links, NotificationPolicyCache policies, IGrainFactory grains)
    {
        var verdict = links.Verify(token, out var claims);
        if (verdict == AckLinkVerdict.Expired)
        {
            return Expired();
        }

        if (verdict != AckLinkVerdict.Valid)
        {
            return Problems.Problems.Invalid("token", "Not a valid acknowledge link.");
        }

        return await AlertOf(grains, claims!).GetAsync() is { } alert
            ? Html(AckPage.Confirm(alert, await ContactNameAsync(policies, claims!)))
            : Problems.Problems.NotFound("Alert", claims!.AlertId);
    }

    private static async Task<Results<Ok<Alert>, ContentHttpResult, ProblemHttpResult, ValidationProblem>> AcknowledgeAsync(
        string token, HttpRequest request, AckLinks links, NotificationPolicyCache policies, IGrainFactory grains)
    {
        var verdict = links.Verify(token, out var claims);
        if (verdict == AckLinkVerdict.Expired)
        {
            return Expired();
        }

        if (verdict != AckLinkVerdict.Valid)
        {
            return Problems.Problems.Invalid("token", "Not a valid acknowledge link.");
        }

        var by = $"{await ContactNameAsync(policies, claims!)} (link)";
        var result = await AlertOf(grains, claims!).ActAsync(new AlertAction(AlertActionKind.Acknowledge, by, null, null, null, null));
        if (result.Outcome == ActionOutcome.NotFound || result.Alert is not { } alert)
        {
            return Problems.Problems.NotFound("Alert", claims!.AlertId);
        }

        // Acknowledged here, before, or taken further by someone else: either way nobody needs paging.
        var wantsJson = request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);
        if (wantsJson)
        {
            return TypedResults.Ok(alert);
        }

        return Html(result.Outcome == ActionOutcome.Conflict && alert.Status == AlertStatus.Resolved ? AckPage.Closed(alert) : AckPage.Done(alert));
    }

    private static ProblemHttpResult Expired() => TypedResults.Problem(
        title: "Link expired", detail: "This acknowledge link has expired; open the alert on the dashboard.", statusCode: StatusCodes.Status410Gone);

    private static IAlertGrain AlertOf(IGrainFactory grains, AckLinkClaims claims) =>
        grains.GetGrain<IAlertGrain>(GrainKeys.Compose(claims.Tenant, claims.AlertId));

    private static async Task<string> ContactNameAsync(NotificationPolicyCache policies, AckLinkClaims claims)
    {
        try
        {
            var rules = await policies.GetAsync(claims.Tenant);
            return rules.Contacts.TryGetValue(claims.ContactId, out var contact) ? contact.Name : claims.ContactId;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The book cannot answer: the contact's id still says who acknowledged.
            return claims.ContactId;
        }
    }

    private static ContentHttpResult Html(string html) => TypedResults.Content(html, "text/html; charset=utf-8");
}
