using Npgsql;

namespace Monitoring.Persistence.Connections;

/// <summary>
/// What a PostgreSQL server allows its clients and what they hold now: <c>max_connections</c>, the
/// slots kept for superusers (and, from PostgreSQL 16, for <c>pg_use_reserved_connections</c>), and
/// the client connections other than the one that asked.
/// </summary>
public sealed record ServerConnections(int MaxConnections, int Reserved, int OpenByOthers)
{
    private const string Query = """
        SELECT current_setting('max_connections')::int4,
               current_setting('superuser_reserved_connections')::int4
                 + coalesce(current_setting('reserved_connections', true)::int4, 0),
               (SELECT count(*) FROM pg_stat_activity
                WHERE backend_type = 'client backend' AND pid <> pg_backend_pid())::int4
        """;

    /// <summary>The connections ordinary clients may open in all.</summary>
    public int Usable => MaxConnections - Reserved;

    /// <summary>The connections still free for ordinary clients now (never negative).</summary>
    public int Free => Math.Max(0, Usable - OpenByOthers);

    /// <summary>Asks the server behind <paramref name="dataSource"/>.</summary>
    public static async Task<ServerConnections> ReadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.CreateCommand(Query);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new ServerConnections(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
    }
}
