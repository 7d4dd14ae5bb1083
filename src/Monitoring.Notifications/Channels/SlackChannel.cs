using System.Text.Json;
using System.Text.Json.Nodes;
using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;

namespace Monitoring.Notifications.Channels;

/// <summary>Slack incoming webhook: <c>{ text, blocks }</c>, a section per alert with its acknowledge link.</summary>
internal sealed class SlackChannel(HttpPost http) : INotificationChannel
{
    private const int MaxAlertBlocks = 20;

    public ChannelKind Kind => ChannelKind.Slack;

    public Task<SendOutcome> SendAsync(OutboundNotification message, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(message.Channel.Url, UriKind.Absolute, out var url))
        {
            return Task.FromResult(SendOutcome.Fatal("the slack channel has no valid url"));
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(Render(message));
        return http.SendAsync(url, body, [new(WebhookSignature.IdempotencyHeader, message.IdempotencyKey)], cancellationToken);
    }

    internal static JsonObject Render(OutboundNotification m)
    {
        var title = MessageText.Title(m);
        var blocks = new JsonArray { Section($"*{Escape(title)}*") };
        foreach (var item in m.Items.Take(MaxAlertBlocks))
        {
            var ack = item.AckUrl is { } link ? $"\n<{link}|Acknowledge>" : string.Empty;
            blocks.Add(Section(Escape(MessageText.Line(item)) + ack));
        }

        if (m.Items.Length > MaxAlertBlocks)
        {
            blocks.Add(Section($"…and {m.Items.Length - MaxAlertBlocks} more"));
        }

        return new JsonObject { ["text"] = title, ["blocks"] = blocks };
    }

    private static JsonObject Section(string markdown) =>
        new() { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = markdown } };

    // Slack's mrkdwn reserves these three characters for links and mentions.
    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
