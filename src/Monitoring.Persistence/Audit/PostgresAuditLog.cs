using Monitoring.Grains.Storage.Audit;
using Monitoring.Persistence.Retention;
using Npgsql;
using NpgsqlTypes;

namespace Monitoring.Persistence.Audit;

/// <summary>The audit log in PostgreSQL (<c>audit_log</c>): one row per change, read newest first.</summary>
public sealed class PostgresAuditLog(NpgsqlDataSource db) : IAuditLog
{
    private const string Columns =
        "audit_id, tenant_id, at, actor, key_id, subject, method, resource, resource_id, path, status, before::text, after::text";

    public async Task<AuditRecord> AppendAsync(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var command = db.CreateCommand(
            "INSERT INTO audit_log (tenant_id, at, actor, key_id, subject, method, resource, resource_id, path, status, before, after) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::json, $12::json) RETURNING audit_id");
        Add(command, record.Tenant);
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = record.At.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        Add(command, record.Actor);
        Add(command, record.KeyId);
        Add(command, record.Subject);
        Add(command, record.Method);
        Add(command, record.Resource);
        Add(command, record.ResourceId);
        Add(command, record.Path);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = record.Status });
        Add(command, record.Before);
        Add(command, record.After);
        var id = (long)(await command.ExecuteScalarAsync())!;
        return record with { AuditId = id };
    }

    public async Task<AuditPage> ReadAsync(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var command = db.CreateCommand(
            $"SELECT {Columns} FROM audit_log WHERE tenant_id = ANY($1) " +
            "AND ($2::text IS NULL OR resource = $2) AND ($3::text IS NULL OR actor = $3) " +
            "AND ($4::timestamptz IS NULL OR at >= $4) AND ($5::int8 IS NULL OR audit_id < $5) " +
            "ORDER BY audit_id DESC LIMIT $6");
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. query.Tenants] });
        Add(command, query.Resource);
        Add(command, query.Actor);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)query.Since?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)query.BeforeId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = query.Limit + 1 });
        var items = new List<AuditRecord>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(new AuditRecord
            {
                AuditId = reader.GetInt64(0),
                Tenant = reader.GetString(1),
                At = new DateTimeOffset(reader.GetDateTime(2), TimeSpan.Zero),
                Actor = reader.GetString(3),
                KeyId = Text(reader, 4),
                Subject = Text(reader, 5),
                Method = reader.GetString(6),
                Resource = reader.GetString(7),
                ResourceId = Text(reader, 8),
                Path = reader.GetString(9),
                Status = reader.GetInt32(10),
                Before = Text(reader, 11),
                After = Text(reader, 12),
            });
        }

        return new AuditPage([.. items.Take(query.Limit)], items.Count > query.Limit);
    }

    public Task<long> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        ChunkedDelete.RunAsync(db, RetentionSql.DeleteAudit, cutoff.UtcDateTime, ChunkedDelete.DefaultChunk, ChunkedDelete.DefaultLockTimeout, cancellationToken);

    private static void Add(NpgsqlCommand command, string? value) =>
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
