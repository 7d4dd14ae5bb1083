using Monitoring.Contracts.Feed;
using Monitoring.Grains.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Monitoring.Persistence.Feed;

/// <summary>
/// The audit event log in PostgreSQL (<c>feed_events</c>): every feed envelope with its per-tenant
/// sequence number, written in one binary COPY per flush, read back for catch-up.
/// </summary>
public sealed class PostgresEventLog(NpgsqlDataSource db) : IEventLog
{
    /// <summary>The highest sequence number the tenant's log holds, 0 when empty.</summary>
    public async Task<long> LastSeqAsync(string tenant)
    {
        await using var command = db.CreateCommand("SELECT coalesce(max(seq), 0) FROM feed_events WHERE tenant_id = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tenant });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Appends numbered envelopes; a sequence number already there fails the whole batch.</summary>
    public async Task AppendAsync(string tenant, IReadOnlyList<FeedEnvelope> envelopes)
    {
        if (envelopes.Count == 0)
        {
            return;
        }

        await using var connection = await db.OpenConnectionAsync();
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY feed_events (tenant_id, seq, type, site_id, guard_id, at, data) FROM STDIN (FORMAT BINARY)");
        foreach (var e in envelopes)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(tenant, NpgsqlDbType.Text);
            await copy.WriteAsync(e.Seq, NpgsqlDbType.Bigint);
            await copy.WriteAsync(e.Type, NpgsqlDbType.Text);
            await WriteNullableAsync(copy, e.SiteId);
            await WriteNullableAsync(copy, e.GuardId);
            await copy.WriteAsync(e.At.UtcDateTime, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(e.DataJson, NpgsqlDbType.Text);
        }

        await copy.CompleteAsync();
    }

    /// <summary>Up to <paramref name="limit"/> envelopes after <paramref name="after"/>, in order.</summary>
    public async Task<FeedPage> ReadAsync(string tenant, long after, int limit)
    {
        await using var command = db.CreateCommand(
            "SELECT seq, type, site_id, guard_id, at, data FROM feed_events " +
            "WHERE tenant_id = $1 AND seq > $2 ORDER BY seq LIMIT $3");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tenant });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit + 1 });
        var items = new List<FeedEnvelope>(Math.Min(limit + 1, 256));
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(new FeedEnvelope
            {
                TenantId = tenant,
                Seq = reader.GetInt64(0),
                Type = reader.GetString(1),
                SiteId = reader.IsDBNull(2) ? null : reader.GetString(2),
                GuardId = reader.IsDBNull(3) ? null : reader.GetString(3),
                At = new DateTimeOffset(reader.GetDateTime(4), TimeSpan.Zero),
                DataJson = reader.GetString(5),
            });
        }

        var hasMore = items.Count > limit;
        return new FeedPage([.. items.Take(limit)], hasMore);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, NpgsqlDbType.Text);
}
