using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Monitoring.Persistence.Schema;

/// <summary>
/// Brings a PostgreSQL database up to the schema embedded in this build: applies, once each and in
/// version order, every script not yet recorded in <c>schema_versions</c>. Safe to run from several
/// silos at once: a session advisory lock lets one migrate while the others wait and then find
/// nothing left to do.
/// </summary>
public sealed partial class SchemaMigrator(NpgsqlDataSource dataSource, ILogger<SchemaMigrator> logger)
{
    // Any fixed 64-bit number, the same in every build: "MonSchem" in ASCII.
    private const long AdvisoryLockKey = 0x4D6F6E536368656D;

    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_versions
        (
            version    int4        NOT NULL PRIMARY KEY,
            name       text        NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        )
        """;

    /// <summary>Creates a migrator that does not log.</summary>
    public SchemaMigrator(NpgsqlDataSource dataSource)
        : this(dataSource, NullLogger<SchemaMigrator>.Instance)
    {
    }

    /// <summary>The scripts embedded in this build, in version order.</summary>
    public static IReadOnlyList<SchemaScript> Scripts { get; } = [.. EmbeddedScript.All.Select(s => s.Identity)];

    /// <summary>The version of the newest embedded script.</summary>
    public static int LatestVersion => EmbeddedScript.All[^1].Version;

    /// <summary>
    /// Applies every embedded script whose version the database has not recorded, each in its own
    /// transaction together with its <c>schema_versions</c> row.
    /// </summary>
    /// <returns>The scripts this call applied, in order; empty when the database was up to date.</returns>
    /// <exception cref="SchemaTooNewException">The database records a version newer than <see cref="LatestVersion"/>; nothing is applied.</exception>
    public async Task<IReadOnlyList<SchemaScript>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null, "SELECT pg_advisory_lock(@key)", AdvisoryLockKey, cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, CreateVersionTable, null, cancellationToken);
            var recorded = await ReadVersionsAsync(connection, cancellationToken);
            if (recorded.Count > 0 && recorded.Max > LatestVersion)
            {
                throw new SchemaTooNewException(recorded.Max, LatestVersion);
            }

            var applied = new List<SchemaScript>();
            foreach (var script in EmbeddedScript.All.Where(s => !recorded.Contains(s.Version)))
            {
                await ApplyAsync(connection, script, cancellationToken);
                applied.Add(script.Identity);
                LogApplied(logger, script.Version, script.Name);
            }

            return applied;
        }
        finally
        {
            // Not cancellable: the lock must go even when the migration was cancelled. Closing the
            // pooled connection would also release it, but only when the pool resets the session.
            await ExecuteAsync(connection, null, "SELECT pg_advisory_unlock(@key)", AdvisoryLockKey, CancellationToken.None);
        }
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, EmbeddedScript script, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await ExecuteAsync(connection, transaction, script.Sql, null, cancellationToken);
        }
        catch (PostgresException ex)
        {
            throw new InvalidOperationException(
                $"Schema script {script.Version:D4}_{script.Name} failed: {ex.MessageText}", ex);
        }

        await using (var record = new NpgsqlCommand(
            "INSERT INTO schema_versions (version, name, applied_at) VALUES (@version, @name, now())", connection, transaction))
        {
            record.Parameters.AddWithValue("version", script.Version);
            record.Parameters.AddWithValue("name", script.Name);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<SortedSet<int>> ReadVersionsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT version FROM schema_versions", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new SortedSet<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, long? key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        if (key is { } value)
        {
            command.Parameters.AddWithValue("key", value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema script {Version} ({Name}).")]
    private static partial void LogApplied(ILogger logger, int version, string name);
}
