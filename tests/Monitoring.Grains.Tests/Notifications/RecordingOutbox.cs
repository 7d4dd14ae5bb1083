using System.Collections.Concurrent;
using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;

namespace Monitoring.Grains.Tests.Notifications;

/// <summary>An outbox that keeps what is queued, once per idempotency key, as the real ones promise.</summary>
public sealed class RecordingOutbox : INotificationOutbox
{
    private readonly ConcurrentDictionary<string, OutboundNotification> _byKey = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<OutboundNotification> _order = new();

    /// <summary>Calls of <see cref="EnqueueAsync"/> with a message whose key was already stored.</summary>
    public int Repeats { get; private set; }

    public Task EnqueueAsync(IReadOnlyList<OutboundNotification> messages, CancellationToken cancellationToken = default)
    {
        foreach (var message in messages)
        {
            if (_byKey.TryAdd(message.IdempotencyKey, message))
            {
                _order.Enqueue(message);
            }
            else
            {
                Repeats++;
            }
        }

        return Task.CompletedTask;
    }

    public Task<DeliveryPage> QueryAsync(string tenant, DeliveryQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(new DeliveryPage([.. Of(tenant).Select(m => m.ToDelivery())], null));

    /// <summary>The tenant's messages in the order they were queued.</summary>
    public IReadOnlyList<OutboundNotification> Of(string tenant) => [.. _order.Where(m => m.Tenant == tenant)];
}
