using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;
using Npgsql;
using NpgsqlTypes;

namespace Monitoring.Persistence.Notifications;

/// <summary>
/// The outbox and delivery log in PostgreSQL (<c>notification_outbox</c>): a queued message survives
/// the silo that queued it, and the workers of every silo share the queue through row leases.
/// </summary>
public sealed partial class PostgresNotificationOutbox(NpgsqlDataSource db, OutboxSignal? signal = null) : INotificationOutbox
{
    public async Task EnqueueAsync(IReadOnlyList<OutboundNotification> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
        {
            return;
        }

        await using var batch = db.CreateBatch();
        foreach (var m in messages)
        {
            var command = new NpgsqlBatchCommand(OutboxSql.Insert);
            command.Parameters.Add(Text(m.DeliveryId));
            command.Parameters.Add(Text(m.IdempotencyKey));
            command.Parameters.Add(Text(m.Tenant));
            command.Parameters.Add(Text(m.SiteId));
            command.Parameters.Add(Text(m.ContactId));
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. m.Items.Select(i => i.AlertId)] });
            command.Parameters.Add(Time(m.CreatedAt));
            command.Parameters.Add(Text(OutboxRows.MessageJson(m)));
            command.Parameters.Add(NullableText(m.Channel.Secret));
            batch.BatchCommands.Add(command);
        }

        // One round trip, one implicit transaction: the messages are durable together on return.
        await batch.ExecuteNonQueryAsync(cancellationToken);
        signal?.Pulse();
    }

    public async Task<DeliveryPage> QueryAsync(string tenant, DeliveryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!DeliveryCursor.TryDecode(query.Cursor, out var position))
        {
            throw new ArgumentException("The cursor is not one this log wrote.", nameof(query));
        }

        await using var command = db.CreateCommand();
        command.Parameters.Add(Text(tenant));
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = query.Limit + 1 });
        var sql = new System.Text.StringBuilder(OutboxSql.QueryHead);
        if (query.AlertId is { } alertId)
        {
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [alertId] });
            sql.Append(" AND alert_ids @> $").Append(command.Parameters.Count);
        }

        if (query.ContactId is { } contactId)
        {
            command.Parameters.Add(Text(contactId));
            sql.Append(" AND contact_id = $").Append(command.Parameters.Count);
        }

        if (query.Status is { } status)
        {
            command.Parameters.Add(Text(OutboxRows.StatusName(status)));
            sql.Append(" AND status = $").Append(command.Parameters.Count);
        }

        if (position is { } p)
        {
            command.Parameters.Add(Time(p.CreatedAt));
            command.Parameters.Add(Text(p.DeliveryId));
            sql.Append(" AND (created_at, delivery_id) < ($").Append(command.Parameters.Count - 1)
                .Append(", $").Append(command.Parameters.Count).Append(')');
        }

        command.CommandText = sql.Append(OutboxSql.QueryTail).ToString();
        var rows = new List<(Delivery Delivery, DateTimeOffset CreatedAt)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((OutboxRows.ReadLeased(reader).Delivery, reader.GetFieldValue<DateTimeOffset>(7)));
            }
        }

        var page = rows.Take(query.Limit).ToList();
        var next = rows.Count > query.Limit ? DeliveryCursor.Encode(page[^1].CreatedAt, page[^1].Delivery.DeliveryId) : null;
        return new DeliveryPage([.. page.Select(r => r.Delivery)], next);
    }

    public async Task<Delivery?> GetAsync(string tenant, string deliveryId, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand(OutboxSql.Get);
        command.Parameters.Add(Text(tenant));
        command.Parameters.Add(Text(deliveryId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? OutboxRows.ReadLeased(reader).Delivery : null;
    }

    public async Task<IReadOnlyList<LeasedNotification>> LeaseAsync(
        Guid leaseId, int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var command = db.CreateCommand(OutboxSql.Lease);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = leaseId });
        command.Parameters.Add(Time(now + lease));
        command.Parameters.Add(Time(now));
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = max });
        var leased = new List<LeasedNotification>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            leased.Add(OutboxRows.ReadLeased(reader));
        }

        return leased;
    }

    public async Task<Delivery?> RecordAttemptAsync(
        string deliveryId, Guid leaseId, DeliveryAttempt attempt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        await using var command = db.CreateCommand(OutboxSql.Record);
        command.Parameters.Add(Text(deliveryId));
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = leaseId });
        command.Parameters.Add(Text(OutboxRows.StatusName(attempt.Status)));
        command.Parameters.Add(NullableText(attempt.Error));
        command.Parameters.Add(Time(attempt.At));
        command.Parameters.Add(attempt.NextAttemptAt is { } next
            ? Time(next)
            : new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? OutboxRows.ReadLeased(reader).Delivery : null;
    }

    private static NpgsqlParameter<string> Text(string value) => new() { TypedValue = value };

    private static NpgsqlParameter NullableText(string? value) =>
        new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };

    private static NpgsqlParameter<DateTimeOffset> Time(DateTimeOffset value) => new() { TypedValue = value.ToUniversalTime() };
}
