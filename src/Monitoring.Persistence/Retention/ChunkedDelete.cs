using System.Globalization;
using Npgsql;

namespace Monitoring.Persistence.Retention;

/// <summary>
/// The retention's way of deleting rows: one chunk per short transaction, each giving up after a lock
/// timeout rather than queueing writers behind it, until a chunk comes back smaller than the chunk
/// size. Used by <see cref="PostgresRetention"/> and by the stores whose rows it ages out.
/// </summary>
internal static class ChunkedDelete
{
    /// <summary>The chunk size and lock timeout of the stores' own retention methods.</summary>
    public const int DefaultChunk = 5000;

    public static readonly TimeSpan DefaultLockTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Runs <paramref name="sql"/> (parameters: the cutoff, then the chunk size) until a chunk deletes
    /// fewer rows than <paramref name="chunkSize"/>; returns the rows deleted.
    /// </summary>
    public static async Task<long> RunAsync(
        NpgsqlDataSource db, string sql, DateTime before, int chunkSize, TimeSpan lockTimeout, CancellationToken cancellationToken)
    {
        var deleted = 0L;
        int chunk;
        do
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await SetLockTimeoutAsync(connection, transaction, lockTimeout, cancellationToken);
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = DateTime.SpecifyKind(before, DateTimeKind.Utc) });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = chunkSize });
            chunk = await command.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            deleted += chunk;
        }
        while (chunk >= chunkSize && !cancellationToken.IsCancellationRequested);

        return deleted;
    }

    /// <summary>Sets the transaction's <c>lock_timeout</c>.</summary>
    public static async Task SetLockTimeoutAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, TimeSpan lockTimeout, CancellationToken cancellationToken)
    {
        await using var timeout = new NpgsqlCommand("SELECT set_config('lock_timeout', $1, true)", connection, transaction);
        timeout.Parameters.Add(new NpgsqlParameter<string>
        {
            TypedValue = ((long)lockTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms",
        });
        await timeout.ExecuteNonQueryAsync(cancellationToken);
    }
}
