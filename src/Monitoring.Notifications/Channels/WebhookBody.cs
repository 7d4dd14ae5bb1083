using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;

namespace Monitoring.Notifications.Channels;

/// <summary>The JSON a webhook receives (wire format: camelCase, lower_snake enums, UTC times).</summary>
public sealed record WebhookBody(
    string DeliveryId,
    string IdempotencyKey,
    string Tenant,
    string SiteId,
    string? IncidentId,
    int Tier,
    NotificationReason Reason,
    WebhookContact Contact,
    IReadOnlyList<NotificationItem> Items)
{
    internal static WebhookBody Of(OutboundNotification m) => new(
        m.DeliveryId, m.IdempotencyKey, m.Tenant, m.SiteId, m.IncidentId, m.Tier, m.Reason,
        new WebhookContact(m.ContactId, m.ContactName), m.Items);
}
