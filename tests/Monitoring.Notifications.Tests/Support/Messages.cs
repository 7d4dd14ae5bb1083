using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Notifications;

namespace Monitoring.Notifications.Tests.Support;

/// <summary>Fresh messages for the tests: unique delivery ids, keys and alert ids each time.</summary>
internal static class Messages
{
    public static readonly DateTimeOffset Raised = new(2026, 11, 24, 2, 3, 0, TimeSpan.Zero);

    public static OutboundNotification To(
        ContactChannel channel, NotificationReason reason = NotificationReason.Firing, int items = 1, string tenant = "t1",
        string? key = null, string? alertPrefix = null, string contactId = "ct_night")
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var prefix = alertPrefix ?? "alr_" + id;
        return new OutboundNotification
        {
            DeliveryId = "dlv_" + id,
            IdempotencyKey = key ?? "idem-" + id,
            Tenant = tenant,
            SiteId = "site-north",
            IncidentId = "inc_" + id,
            Tier = reason == NotificationReason.Escalated ? 2 : 0,
            ContactId = contactId,
            ContactName = "Night desk",
            Channel = channel,
            Reason = reason,
            Items = [.. Enumerable.Range(0, items).Select(i => Item($"{prefix}_{i}", i == 0 ? Severity.Critical : Severity.High))],
            CreatedAt = Raised.AddMinutes(1),
        };
    }

    public static NotificationItem Item(string alertId, Severity severity = Severity.Critical) => new()
    {
        AlertId = alertId,
        Type = "inactivity",
        Severity = severity,
        Status = AlertStatus.Active,
        GuardId = "g-7",
        DeviceId = "d-7",
        RaisedAt = Raised,
        EscalationLevel = 0,
        SlaDueAt = Raised.AddMinutes(5),
        AckUrl = $"https://monitoring.example/ack/{alertId}?exp=1764900000&sig=abc123",
    };

    public static ContactChannel Webhook(Uri url, string? secret = Receiver.Secret) =>
        new() { Kind = ChannelKind.Webhook, Url = url.ToString(), Secret = secret, HasSecret = secret is not null };
}
