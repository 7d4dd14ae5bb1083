using Monitoring.Contracts.Notifications;

namespace Monitoring.Grains.Notifications;

/// <summary>
/// The durable outbox of notification messages and their delivery log. The site notifiers queue
/// messages here; the silo's delivery workers lease what is due, send it and record each attempt.
/// In memory on the embedded default; a PostgreSQL table otherwise, so a queued message survives
/// the silo that queued it.
/// </summary>
public interface INotificationOutbox
{
    /// <summary>
    /// Stores the messages whose <see cref="OutboundNotification.IdempotencyKey"/> it does not hold yet
    /// (a key already stored is left as it is) and returns once they are durable.
    /// </summary>
    Task EnqueueAsync(IReadOnlyList<OutboundNotification> messages, CancellationToken cancellationToken = default);

    /// <summary>The tenant's delivery log, newest first.</summary>
    Task<DeliveryPage> QueryAsync(string tenant, DeliveryQuery query, CancellationToken cancellationToken = default);
}
