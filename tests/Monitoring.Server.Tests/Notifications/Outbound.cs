using Microsoft.Extensions.DependencyInjection;
using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Notifications;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Notifications;

/// <summary>
/// Messages queued straight into the host's outbox, as a site notifier queues them. They go by email
/// and the test hosts have no SMTP relay, so each is dead-lettered at its first attempt.
/// </summary>
internal static class Outbound
{
    public static OutboundNotification Email(string contactId, string alertId, DateTimeOffset createdAt, string tenant = Keys.T1)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        return new OutboundNotification
        {
            DeliveryId = "dlv_" + id,
            IdempotencyKey = "idem-" + id,
            Tenant = tenant,
            SiteId = "site-" + id[..6],
            Tier = 0,
            ContactId = contactId,
            ContactName = "Night desk",
            Channel = new ContactChannel { Kind = ChannelKind.Email, Address = "desk@example.com" },
            Reason = NotificationReason.Firing,
            Items =
            [
                new NotificationItem
                {
                    AlertId = alertId, Type = "inactivity", Severity = Severity.High, Status = AlertStatus.Active,
                    RaisedAt = createdAt, SlaDueAt = createdAt.AddMinutes(15),
                },
            ],
            CreatedAt = createdAt,
        };
    }

    public static Task EnqueueAsync(this HostFixture host, params OutboundNotification[] messages) =>
        host.Services.GetRequiredService<INotificationOutbox>().EnqueueAsync(messages);
}
