using System.Text.Json;
using Monitoring.Contracts.Json;
using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;
using Monitoring.Notifications.Hosting;

namespace Monitoring.Notifications.Channels;

/// <summary>
/// SMS through a webhook gateway: <c>{ to, text, idempotencyKey }</c> POSTed to the channel's URL or the
/// host's gateway, signed like a webhook when a secret is set (the channel's, else the host's). The
/// text fits <see cref="MaxText"/> characters: the summary is cut at a word, the first acknowledge link kept whole.
/// </summary>
internal sealed class SmsChannel(HttpPost http, NotificationDeliveryOptions options, TimeProvider realTime) : INotificationChannel
{
    public const int MaxText = 320;

    // A link longer than this would leave no room for the words: it is left out.
    private const int MaxLink = 200;

    public ChannelKind Kind => ChannelKind.Sms;

    public Task<SendOutcome> SendAsync(OutboundNotification message, CancellationToken cancellationToken)
    {
        if (message.Channel.Phone is not { Length: > 0 } phone)
        {
            return Task.FromResult(SendOutcome.Fatal("the sms channel has no phone number"));
        }

        if (!Uri.TryCreate(message.Channel.Url ?? options.SmsGatewayUrl, UriKind.Absolute, out var url))
        {
            return Task.FromResult(SendOutcome.Fatal("no SMS gateway configured (Monitoring:Notifications:Delivery:SmsGatewayUrl)"));
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(new SmsBody(phone, Text(message), message.IdempotencyKey), WireJson.Options);
        var timestamp = realTime.GetUtcNow().ToUnixTimeSeconds();
        var secret = message.Channel.Secret ?? options.SmsGatewaySecret;
        return http.SendAsync(url, body, WebhookSignature.Headers(message.IdempotencyKey, secret, timestamp, body), cancellationToken);
    }

    internal static string Text(OutboundNotification m)
    {
        var words = MessageText.Title(m);
        if (m.Items.Length > 0)
        {
            words += ": " + string.Join("; ", m.Items.Select(i => i.GuardId is { } g ? $"{i.Type} guard {g}" : i.Type));
        }

        var link = m.Items.Select(i => i.AckUrl).FirstOrDefault(u => u is { Length: <= MaxLink });
        var tail = link is null ? string.Empty : " Ack: " + link;
        return MessageText.Truncate(words, MaxText - tail.Length) + tail;
    }
}
