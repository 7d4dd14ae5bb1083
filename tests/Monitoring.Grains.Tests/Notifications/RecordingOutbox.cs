using System.Collections.Concurrent;
using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;

namespace Monitoring.Grains.Tests.Notifications;

/// <summary>An outbox that keeps what is queued, once per idempotency key, as the real ones promise.</summary>
public sealed class RecordingOutbox : INotificationOutbox
{
    private readonly ConcurrentDictionary<string, OutboundNotification> _byKey = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<OutboundNotification> _order = new();

    private readonly ConcurrentQueue<OutboundNotification> _repeats = new();

    /// <summary>The tenant's messages queued again under a key already stored (the outbox kept the first).</summary>
    public IReadOnlyList<OutboundNotification> RepeatsOf(string tenant) => [.. _repeats.Where(m => m.Tenant == tenant)];

    private readonly ConcurrentDictionary<string, bool> _failing = new(StringComparer.Ordinal);

    /// <summary>The next call with a message of <paramref name="tenant"/> fails before storing anything, as a database that went away would.</summary>
    public void FailNext(string tenant) => _failing[tenant] = true;

    private readonly ConcurrentDictionary<string, int> _failed = new(StringComparer.Ordinal);

    /// <summary>How many calls for <paramref name="tenant"/> failed by <see cref="FailNext"/>.</summary>
    public int FailuresOf(string tenant) => _failed.GetValueOrDefault(tenant);

    public Task EnqueueAsync(IReadOnlyList<OutboundNotification> messages, CancellationToken cancellationToken = default)
    {
        if (messages.Select(m => m.Tenant).FirstOrDefault(t => _failing.TryRemove(t, out _)) is { } tenant)
        {
            _failed.AddOrUpdate(tenant, 1, (_, n) => n + 1);
            throw new InvalidOperationException($"Injected outbox failure for {tenant}.");
        }

        foreach (var message in messages)
        {
            if (_byKey.TryAdd(message.IdempotencyKey, message))
            {
                _order.Enqueue(message);
            }
            else
            {
                _repeats.Enqueue(message);
            }
        }

        return Task.CompletedTask;
    }

    public Task<DeliveryPage> QueryAsync(string tenant, DeliveryQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(new DeliveryPage([.. Of(tenant).Select(m => m.ToDelivery())], null));

    public Task<Delivery?> GetAsync(string tenant, string deliveryId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Of(tenant).FirstOrDefault(m => m.DeliveryId == deliveryId)?.ToDelivery());

    // Nothing delivers in the grain tests: they check what the notifiers queue, not what is sent.
    public Task<IReadOnlyList<LeasedNotification>> LeaseAsync(
        Guid leaseId, int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<LeasedNotification>>([]);

    public Task<Delivery?> RecordAttemptAsync(string deliveryId, Guid leaseId, DeliveryAttempt attempt, CancellationToken cancellationToken = default) =>
        Task.FromResult<Delivery?>(null);

    public Task<IReadOnlyList<Delivery>> QueryByAlertsAsync(
        string tenant, IReadOnlyCollection<string> alertIds, int perAlert, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Delivery>>([.. Of(tenant).Select(m => m.ToDelivery()).Where(d => d.AlertIds.Any(alertIds.Contains))]);

    // Nothing is sent here, so nothing is ever settled.
    public Task<long> DeleteSettledBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) => Task.FromResult(0L);

    /// <summary>The tenant's messages in the order they were queued.</summary>
    public IReadOnlyList<OutboundNotification> Of(string tenant) => [.. _order.Where(m => m.Tenant == tenant)];
}
