using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;

namespace Monitoring.Grains.Storage.Memory;

/// <summary>
/// The embedded default's outbox: the messages and their log in this silo's memory (one silo, so
/// the memory is the whole cluster's). Sent and dead rows beyond <see cref="KeptSettled"/> go, oldest
/// first, so a long demo does not grow without end; pending and failed rows are always kept.
/// </summary>
public sealed partial class MemoryNotificationOutbox(OutboxSignal? signal = null) : INotificationOutbox
{
    /// <summary>How many sent or dead rows are kept.</summary>
    public const int KeptSettled = 20_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _byId = new(StringComparer.Ordinal);
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly Queue<string> _settled = new();

    public Task EnqueueAsync(IReadOnlyList<OutboundNotification> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var added = false;
        lock (_gate)
        {
            foreach (var message in messages)
            {
                if (_keys.Contains(message.IdempotencyKey) || _byId.ContainsKey(message.DeliveryId))
                {
                    continue;
                }

                _keys.Add(message.IdempotencyKey);
                _byId.Add(message.DeliveryId, new Entry(message, message.ToDelivery()));
                added = true;
            }
        }

        if (added)
        {
            signal?.Pulse();
        }

        return Task.CompletedTask;
    }

    public Task<DeliveryPage> QueryAsync(string tenant, DeliveryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!DeliveryCursor.TryDecode(query.Cursor, out var position))
        {
            throw new ArgumentException("The cursor is not one this log wrote.", nameof(query));
        }

        List<Delivery> rows;
        lock (_gate)
        {
            rows = [.. _byId.Values
                .Where(e => e.Message.Tenant == tenant && Matches(e.Delivery, query)
                    && (position is not { } p || DeliveryCursor.IsAfter(p, e.Delivery.CreatedAt, e.Delivery.DeliveryId)))
                .Select(e => e.Delivery)
                .OrderByDescending(d => d.CreatedAt)
                .ThenByDescending(d => d.DeliveryId, StringComparer.Ordinal)
                .Take(query.Limit + 1)];
        }

        var page = rows.Take(query.Limit).ToList();
        var next = rows.Count > query.Limit ? DeliveryCursor.Encode(page[^1].CreatedAt, page[^1].DeliveryId) : null;
        return Task.FromResult(new DeliveryPage([.. page], next));
    }

    public Task<Delivery?> GetAsync(string tenant, string deliveryId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_byId.TryGetValue(deliveryId, out var e) && e.Message.Tenant == tenant ? e.Delivery : null);
        }
    }

    public Task<IReadOnlyList<LeasedNotification>> LeaseAsync(
        Guid leaseId, int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var leased = new List<LeasedNotification>();
        lock (_gate)
        {
            foreach (var entry in _byId.Values.Where(e => e.IsDue(now)).OrderBy(e => e.NextAttemptAt).Take(max))
            {
                entry.LeaseId = leaseId;
                entry.LeaseUntil = now + lease;
                leased.Add(new LeasedNotification(entry.Message, entry.Delivery));
            }
        }

        return Task.FromResult<IReadOnlyList<LeasedNotification>>(leased);
    }

    public Task<Delivery?> RecordAttemptAsync(string deliveryId, Guid leaseId, DeliveryAttempt attempt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        lock (_gate)
        {
            if (!_byId.TryGetValue(deliveryId, out var entry) || entry.LeaseId != leaseId || !entry.IsOpen)
            {
                return Task.FromResult<Delivery?>(null);
            }

            entry.Delivery = entry.Delivery with
            {
                Status = attempt.Status,
                Attempts = entry.Delivery.Attempts + 1,
                LastError = attempt.Error ?? entry.Delivery.LastError,
                UpdatedAt = attempt.At,
                SentAt = attempt.Status == DeliveryStatus.Sent ? attempt.At : entry.Delivery.SentAt,
            };
            entry.NextAttemptAt = attempt.NextAttemptAt ?? entry.NextAttemptAt;
            entry.LeaseId = null;
            entry.LeaseUntil = null;
            if (!entry.IsOpen)
            {
                Settle(deliveryId);
            }

            return Task.FromResult<Delivery?>(entry.Delivery);
        }
    }

    private static bool Matches(Delivery d, DeliveryQuery query) =>
        (query.AlertId is null || d.AlertIds.Contains(query.AlertId))
        && (query.ContactId is null || d.ContactId == query.ContactId)
        && (query.Status is not { } status || d.Status == status);

    private void Settle(string deliveryId)
    {
        _settled.Enqueue(deliveryId);
        while (_settled.Count > KeptSettled && _settled.TryDequeue(out var oldest))
        {
            if (_byId.Remove(oldest, out var gone))
            {
                _keys.Remove(gone.Message.IdempotencyKey);
            }
        }
    }

    private sealed class Entry(OutboundNotification message, Delivery delivery)
    {
        public OutboundNotification Message { get; } = message;

        public Delivery Delivery { get; set; } = delivery;

        public DateTimeOffset NextAttemptAt { get; set; } = DateTimeOffset.MinValue;

        public Guid? LeaseId { get; set; }

        public DateTimeOffset? LeaseUntil { get; set; }

        public bool IsOpen => Delivery.Status is DeliveryStatus.Pending or DeliveryStatus.Failed;

        public bool IsDue(DateTimeOffset now) => IsOpen && NextAttemptAt <= now && (LeaseUntil is not { } until || until <= now);
    }
}
