using Npgsql;

namespace Monitoring.Persistence.Retention;

/// <summary>
/// Removes what is older than the retention settings in small steps, each its own short
/// transaction: one telemetry day partition per transaction (dropping one takes the archive's
/// exclusive lock, so only briefly), and rows of the event log and the history tables in chunks of
/// <paramref name="chunkSize"/>. A step that waits longer than <paramref name="lockTimeout"/> for a
/// lock fails instead of queueing ingest behind it; the steps before it stay done.
/// </summary>
public sealed class PostgresRetention(NpgsqlDataSource db, int chunkSize, TimeSpan lockTimeout)
{
    /// <summary>Drops the oldest day partition before <paramref name="cutoff"/> (UTC); its name, or null when none is left.</summary>
    public async Task<string?> DropOldestPartitionAsync(DateOnly cutoff, CancellationToken cancellationToken = default)
    {
        var dropped = await InTransactionAsync(RetentionSql.DropOldestPartition, cutoff, cancellationToken);
        return dropped as string;
    }

    /// <summary>
    /// Drops every day partition before <paramref name="cutoff"/>, oldest first and one per
    /// transaction, then deletes the default partition's rows before it in chunks; returns the
    /// partitions dropped and the default partition's rows deleted.
    /// </summary>
    public async Task<(IReadOnlyList<string> Partitions, long DefaultRows)> DropTelemetryBeforeAsync(DateOnly cutoff, CancellationToken cancellationToken = default)
    {
        var partitions = new List<string>();
        while (!cancellationToken.IsCancellationRequested && await DropOldestPartitionAsync(cutoff, cancellationToken) is { } name)
        {
            partitions.Add(name);
        }

        var start = cutoff.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return (partitions, await DeleteInChunksAsync(RetentionSql.DeleteDefaultRows, start, cancellationToken));
    }

    /// <summary>Deletes event log envelopes older than <paramref name="cutoff"/> (each tenant's newest one stays).</summary>
    public Task<long> DeleteEventsBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        DeleteInChunksAsync(RetentionSql.DeleteEvents, cutoff.UtcDateTime, cancellationToken);

    /// <summary>Deletes alerts, incidents and tickets closed before <paramref name="cutoff"/>; open ones stay.</summary>
    public async Task<long> DeleteHistoryClosedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        var deleted = 0L;
        foreach (var table in RetentionSql.HistoryTables)
        {
            deleted += await DeleteInChunksAsync(RetentionSql.DeleteClosed(table), cutoff.UtcDateTime, cancellationToken);
        }

        return deleted;
    }

    private Task<long> DeleteInChunksAsync(string sql, DateTime before, CancellationToken cancellationToken) =>
        ChunkedDelete.RunAsync(db, sql, before, chunkSize, lockTimeout, cancellationToken);

    private async Task<object?> InTransactionAsync(string sql, DateOnly day, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ChunkedDelete.SetLockTimeoutAsync(connection, transaction, lockTimeout, cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = day });
        var result = await command.ExecuteScalarAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result is DBNull ? null : result;
    }
}
