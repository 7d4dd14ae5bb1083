using System.Text.Json;
using Monitoring.Contracts.Json;
using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;

namespace Monitoring.Notifications.Channels;

/// <summary>
/// Webhook: the message as JSON (<see cref="WebhookBody"/>) POSTed to the channel's URL with the
/// <c>Idempotency-Key</c>, <c>X-Monitoring-Timestamp</c> and (with a secret) <c>X-Monitoring-Signature</c> headers.
/// </summary>
internal sealed class WebhookChannel(HttpPost http, TimeProvider realTime) : INotificationChannel
{
    public ChannelKind Kind => ChannelKind.Webhook;

    public Task<SendOutcome> SendAsync(OutboundNotification message, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(message.Channel.Url, UriKind.Absolute, out var url))
        {
            return Task.FromResult(SendOutcome.Fatal("the webhook channel has no valid url"));
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(WebhookBody.Of(message), WireJson.Options);
        // Real time, not the monitoring clock: the receiver compares it with its own clock.
        var timestamp = realTime.GetUtcNow().ToUnixTimeSeconds();
        return http.SendAsync(url, body, WebhookSignature.Headers(message.IdempotencyKey, message.Channel.Secret, timestamp, body), cancellationToken);
    }
}
