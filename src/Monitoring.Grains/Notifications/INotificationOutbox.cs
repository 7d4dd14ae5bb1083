using Monitoring.Contracts.Notifications;

namespace Monitoring.Grains.Notifications;

/// <summary>
/// The durable outbox of notification messages and their delivery log. The site notifiers queue
/// messages here; the silo's delivery workers lease what is due, send it and record each attempt.
/// In memory on the embedded default; a PostgreSQL table otherwise, so a queued message survives
/// the silo that queued it.
/// </summary>
/// <remarks>
/// Two clocks meet here. The log's times (<see cref="Delivery.CreatedAt"/>, <see cref="Delivery.UpdatedAt"/>,
/// <see cref="Delivery.SentAt"/>) are the monitoring clock's, like every other time an operator reads.
/// Leases and the next attempt are real time: a receiver comes back in real seconds, whatever a
/// manual clock says.
/// </remarks>
public interface INotificationOutbox
{
    /// <summary>
    /// Stores the messages whose <see cref="OutboundNotification.IdempotencyKey"/> it does not hold yet
    /// (a key already stored is left as it is) and returns once they are durable.
    /// </summary>
    Task EnqueueAsync(IReadOnlyList<OutboundNotification> messages, CancellationToken cancellationToken = default);

    /// <summary>The tenant's delivery log, newest first (the cursor is one <see cref="DeliveryCursor"/> wrote).</summary>
    Task<DeliveryPage> QueryAsync(string tenant, DeliveryQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The tenant's deliveries about any of <paramref name="alertIds"/> in one read: for each alert its
    /// <paramref name="perAlert"/> newest, a delivery about several of them once, oldest first.
    /// </summary>
    Task<IReadOnlyList<Delivery>> QueryByAlertsAsync(
        string tenant, IReadOnlyCollection<string> alertIds, int perAlert, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes sent and dead rows last updated before <paramref name="cutoff"/> (the monitoring
    /// clock's time, as <see cref="Delivery.UpdatedAt"/>); a pending, failed or leased row always
    /// stays. Returns how many went. The retention calls it.
    /// </summary>
    Task<long> DeleteSettledBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);

    /// <summary>One row of the tenant's delivery log, or null.</summary>
    Task<Delivery?> GetAsync(string tenant, string deliveryId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Leases up to <paramref name="max"/> messages that are due at <paramref name="now"/> (real time):
    /// pending or failed with their next attempt due, and not leased, or leased by a worker whose
    /// lease lapsed (its silo died). Each stays leased to <paramref name="leaseId"/> until
    /// <paramref name="now"/> + <paramref name="lease"/> or until its attempt is recorded.
    /// </summary>
    Task<IReadOnlyList<LeasedNotification>> LeaseAsync(
        Guid leaseId, int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records one attempt of a message leased to <paramref name="leaseId"/>: attempts + 1, the
    /// outcome, the error and the next attempt, and releases the lease. Returns the log row as it now
    /// stands, or null when the lease was lost (it lapsed and another worker took the message) or the
    /// message is already sent or dead.
    /// </summary>
    Task<Delivery?> RecordAttemptAsync(
        string deliveryId, Guid leaseId, DeliveryAttempt attempt, CancellationToken cancellationToken = default);
}
