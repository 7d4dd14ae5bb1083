using Monitoring.Contracts.Notifications;

namespace Monitoring.Grains.Storage.Memory;

/// <summary>The log's batch read and its retention.</summary>
public sealed partial class MemoryNotificationOutbox
{
    public Task<IReadOnlyList<Delivery>> QueryByAlertsAsync(
        string tenant, IReadOnlyCollection<string> alertIds, int perAlert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alertIds);
        var wanted = alertIds.ToHashSet(StringComparer.Ordinal);
        List<Delivery> rows;
        lock (_gate)
        {
            rows = [.. _byId.Values
                .Where(e => e.Message.Tenant == tenant && e.Delivery.AlertIds.Any(wanted.Contains))
                .Select(e => e.Delivery)];
        }

        var newest = rows
            .OrderByDescending(d => d.CreatedAt)
            .ThenByDescending(d => d.DeliveryId, StringComparer.Ordinal)
            .SelectMany(d => d.AlertIds.Where(wanted.Contains).Distinct(StringComparer.Ordinal).Select(a => (Alert: a, Delivery: d)))
            .GroupBy(x => x.Alert, StringComparer.Ordinal)
            .SelectMany(g => g.Take(perAlert).Select(x => x.Delivery))
            .DistinctBy(d => d.DeliveryId, StringComparer.Ordinal)
            .OrderBy(d => d.CreatedAt)
            .ThenBy(d => d.DeliveryId, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult<IReadOnlyList<Delivery>>(newest);
    }

    public Task<long> DeleteSettledBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var old = _byId.Values
                .Where(e => !e.IsOpen && e.LeaseId is null && e.Delivery.UpdatedAt < cutoff)
                .Select(e => e.Message)
                .ToList();
            foreach (var message in old)
            {
                _byId.Remove(message.DeliveryId);
                _keys.Remove(message.IdempotencyKey);
            }

            // The settled queue keeps its order, without the rows that just went.
            var kept = _settled.Where(_byId.ContainsKey).ToList();
            _settled.Clear();
            kept.ForEach(_settled.Enqueue);
            return Task.FromResult((long)old.Count);
        }
    }
}
