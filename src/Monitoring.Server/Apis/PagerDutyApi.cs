using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Notifications;

namespace Monitoring.Server.Apis;

/// <summary>
/// <c>POST /api/v1/integrations/pagerduty/{tenant}</c>: PagerDuty's V3 webhooks, so acknowledging or
/// resolving the PagerDuty incident does the same to the alert (two-way). No API key: the body must be
/// signed (<c>X-PagerDuty-Signature</c>) with the secret of one of the tenant's PagerDuty channels. The
/// alert is found by the incident's <c>incident_key</c>, which is the dedup key this host sent: the alert id.
/// </summary>
internal static class PagerDutyApi
{
    private const string By = "pagerduty";

    public static IEndpointRouteBuilder MapPagerDutyApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/integrations/pagerduty/{tenant}", ReceiveAsync)
            .AllowAnonymous().WithTags("Notifications").WithName("PagerDutyWebhook")
            .Accepts<JsonElement>("application/json");
        return routes;
    }

    private static async Task<Results<Ok<PagerDutyWebhookResult>, Accepted<PagerDutyWebhookResult>, ProblemHttpResult, ValidationProblem>> ReceiveAsync(
        string tenant, HttpRequest request, NotificationPolicyCache policies, IGrainFactory grains, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var body = buffer.ToArray();
        var header = request.Headers["X-PagerDuty-Signature"].ToString();
        var secrets = string.IsNullOrEmpty(header) ? [] : await SecretsAsync(policies, tenant);
        if (!PagerDutySignature.Verify(header, body, secrets))
        {
            return TypedResults.Problem(
                title: "Unauthorized", detail: "X-PagerDuty-Signature does not match a PagerDuty channel secret of this tenant.",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        if (Read(body) is not { } incident)
        {
            return Problems.Problems.Invalid("event", "Expected a PagerDuty V3 webhook: event.event_type and event.data.incident_key.");
        }

        AlertAction? action = incident.EventType switch
        {
            "incident.acknowledged" => new AlertAction(AlertActionKind.Acknowledge, By, null, null, null, null),
            "incident.resolved" => new AlertAction(AlertActionKind.Resolve, By, null, null, null, Resolution.Resolved),
            _ => null,
        };
        if (action is null || incident.AlertId is not { Length: > 0 and <= 200 } alertId)
        {
            return TypedResults.Accepted((string?)null, new PagerDutyWebhookResult("ignored", incident.AlertId));
        }

        var result = await grains.GetGrain<IAlertGrain>(GrainKeys.Compose(tenant, alertId)).ActAsync(action);
        return result.Outcome switch
        {
            ActionOutcome.NotFound => TypedResults.Accepted((string?)null, new PagerDutyWebhookResult("ignored", alertId)),
            ActionOutcome.Applied => TypedResults.Ok(new PagerDutyWebhookResult(action.Kind == AlertActionKind.Acknowledge ? "acknowledged" : "resolved", alertId)),
            _ => TypedResults.Ok(new PagerDutyWebhookResult("unchanged", alertId)),
        };
    }

    private static async Task<IReadOnlyList<string>> SecretsAsync(NotificationPolicyCache policies, string tenant)
    {
        if (tenant.Length is 0 or > 100)
        {
            return [];
        }

        try
        {
            var rules = await policies.GetAsync(tenant);
            return [.. rules.Contacts.Values.SelectMany(c => c.Channels)
                .Where(c => c.Kind == ChannelKind.Pagerduty && !string.IsNullOrEmpty(c.Secret)).Select(c => c.Secret!)];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // No book to ask means no secret to check against: the request is refused.
            return [];
        }
    }

    private static (string EventType, string? AlertId)? Read(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("event", out var e) || e.ValueKind != JsonValueKind.Object
                || !e.TryGetProperty("event_type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var data = e.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
            var key = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("incident_key", out var k) && k.ValueKind == JsonValueKind.String
                ? k.GetString()
                : null;
            return (type.GetString()!, key);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
