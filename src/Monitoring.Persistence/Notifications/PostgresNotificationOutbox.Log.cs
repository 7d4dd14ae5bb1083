using Monitoring.Contracts.Notifications;
using Monitoring.Persistence.Retention;
using Npgsql;

namespace Monitoring.Persistence.Notifications;

/// <summary>The log's batch read and its retention.</summary>
public sealed partial class PostgresNotificationOutbox
{
    public async Task<IReadOnlyList<Delivery>> QueryByAlertsAsync(
        string tenant, IReadOnlyCollection<string> alertIds, int perAlert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alertIds);
        if (alertIds.Count == 0)
        {
            return [];
        }

        await using var command = db.CreateCommand(OutboxSql.ByAlerts);
        command.Parameters.Add(Text(tenant));
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. alertIds.Distinct(StringComparer.Ordinal)] });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = perAlert });
        var rows = new List<(Delivery Delivery, DateTimeOffset CreatedAt)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((OutboxRows.ReadLeased(reader).Delivery, reader.GetFieldValue<DateTimeOffset>(7)));
            }
        }

        return [.. rows.OrderBy(r => r.CreatedAt).ThenBy(r => r.Delivery.DeliveryId, StringComparer.Ordinal).Select(r => r.Delivery)];
    }

    public Task<long> DeleteSettledBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        ChunkedDelete.RunAsync(db, RetentionSql.DeleteSettledDeliveries, cutoff.UtcDateTime,
            ChunkedDelete.DefaultChunk, ChunkedDelete.DefaultLockTimeout, cancellationToken);
}
