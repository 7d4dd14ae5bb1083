using System.Text.Json;
using System.Text.Json.Nodes;
using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;

namespace Monitoring.Notifications.Channels;

/// <summary>
/// Microsoft Teams incoming webhook (a Workflows webhook): a message with one Adaptive Card, a fact
/// set per alert and an "Acknowledge" button per alert that has a link.
/// </summary>
internal sealed class TeamsChannel(HttpPost http) : INotificationChannel
{
    private const int MaxAlerts = 20;

    public ChannelKind Kind => ChannelKind.Teams;

    public Task<SendOutcome> SendAsync(OutboundNotification message, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(message.Channel.Url, UriKind.Absolute, out var url))
        {
            return Task.FromResult(SendOutcome.Fatal("the teams channel has no valid url"));
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(Render(message));
        return http.SendAsync(url, body, [new(WebhookSignature.IdempotencyHeader, message.IdempotencyKey)], cancellationToken);
    }

    internal static JsonObject Render(OutboundNotification m)
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = MessageText.Title(m), ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
        };
        var actions = new JsonArray();
        foreach (var item in m.Items.Take(MaxAlerts))
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = MessageText.Line(item), ["wrap"] = true });
            if (item.AckUrl is { } link)
            {
                actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = $"Acknowledge {item.AlertId}", ["url"] = link });
            }
        }

        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["body"] = body,
            ["actions"] = actions,
        };
        return new JsonObject
        {
            ["type"] = "message",
            ["summary"] = MessageText.Title(m),
            ["attachments"] = new JsonArray
            {
                new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card },
            },
        };
    }
}
