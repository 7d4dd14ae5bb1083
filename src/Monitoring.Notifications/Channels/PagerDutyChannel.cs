using System.Text.Json;
using System.Text.Json.Nodes;
using Monitoring.Contracts.Json;
using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Notifications;
using Monitoring.Notifications.Hosting;

namespace Monitoring.Notifications.Channels;

/// <summary>
/// PagerDuty Events API v2: one event per alert, the alert id as dedup key, so PagerDuty keeps one
/// incident per alert whatever the grouping here. Firing, escalated and repeat messages trigger;
/// acknowledged and resolved ones acknowledge and resolve. 202 is accepted; 400 (an event PagerDuty
/// will never take) fails for good; 429 and 5xx are tried again, the whole message, which PagerDuty's
/// dedup keys make harmless.
/// </summary>
internal sealed class PagerDutyChannel(HttpPost http, NotificationDeliveryOptions options) : INotificationChannel
{
    private const int MaxSummary = 1024;

    public ChannelKind Kind => ChannelKind.Pagerduty;

    public async Task<SendOutcome> SendAsync(OutboundNotification message, CancellationToken cancellationToken)
    {
        if (message.Channel.RoutingKey is not { Length: > 0 } routingKey)
        {
            return SendOutcome.Fatal("the pagerduty channel has no routing key");
        }

        if (!Uri.TryCreate(message.Channel.Url ?? options.PagerDutyEventsUrl, UriKind.Absolute, out var url))
        {
            return SendOutcome.Fatal("no valid PagerDuty events URL");
        }

        foreach (var item in message.Items)
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(Render(message, item, routingKey));
            var outcome = await http.SendAsync(url, body, [new(WebhookSignature.IdempotencyHeader, message.IdempotencyKey + ":" + item.AlertId)], cancellationToken);
            if (!outcome.Accepted)
            {
                return outcome with { Error = $"alert {item.AlertId}: {outcome.Error}" };
            }
        }

        return SendOutcome.Ok;
    }

    internal static string Action(NotificationReason reason) => reason switch
    {
        NotificationReason.Acknowledged => "acknowledge",
        NotificationReason.Resolved => "resolve",
        _ => "trigger",
    };

    internal static string SeverityOf(Severity severity) => severity switch
    {
        Severity.Critical => "critical",
        Severity.High => "error",
        Severity.Medium => "warning",
        _ => "info",
    };

    internal static JsonObject Render(OutboundNotification m, NotificationItem item, string routingKey)
    {
        var action = Action(m.Reason);
        var json = new JsonObject
        {
            ["routing_key"] = routingKey,
            ["event_action"] = action,
            ["dedup_key"] = item.AlertId,
        };
        if (action != "trigger")
        {
            return json;
        }

        json["payload"] = new JsonObject
        {
            ["summary"] = MessageText.Truncate($"[{WireNames.Of(item.Severity).ToUpperInvariant()}] {MessageText.Line(item)} at site {m.SiteId}{MessageText.Why(m)}", MaxSummary),
            ["source"] = item.GuardId ?? item.DeviceId ?? m.SiteId,
            ["severity"] = SeverityOf(item.Severity),
            ["timestamp"] = item.RaisedAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["component"] = item.DeviceId,
            ["group"] = m.SiteId,
            ["class"] = item.Type,
            ["custom_details"] = JsonSerializer.SerializeToNode(new
            {
                alertId = item.AlertId,
                tenant = m.Tenant,
                siteId = m.SiteId,
                incidentId = m.IncidentId,
                guardId = item.GuardId,
                deviceId = item.DeviceId,
                tier = m.Tier,
                reason = WireNames.Of(m.Reason),
                status = WireNames.Of(item.Status),
                escalationLevel = item.EscalationLevel,
                slaDueAt = item.SlaDueAt,
            }, WireJson.Options),
        };
        if (item.AckUrl is { } link)
        {
            json["links"] = new JsonArray { new JsonObject { ["href"] = link, ["text"] = "Acknowledge in Monitoring" } };
        }

        return json;
    }
}
