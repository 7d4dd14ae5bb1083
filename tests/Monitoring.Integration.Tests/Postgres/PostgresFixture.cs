using System.Text;
using Monitoring.Persistence;
using Monitoring.Persistence.Schema;
using Npgsql;

namespace Monitoring.Integration.Tests.Postgres;

/// <summary>
/// A PostgreSQL server for a test collection, handing out a fresh database per caller. The server
/// is a throwaway local one (see <see cref="PostgresServer"/>) unless <c>ConnectionStrings__Postgres</c>
/// names an existing server; there the fixture creates uniquely named databases and drops them at the end.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private const string ExternalVariable = "ConnectionStrings__Postgres";

    private readonly SemaphoreSlim _createLock = new(1, 1);
    private readonly List<string> _databases = [];
    private PostgresServer? _server;
    private string? _adminConnectionString;

    /// <summary>A connection string to the server's maintenance database (<c>postgres</c>), as a superuser.</summary>
    public string AdminConnectionString => _adminConnectionString ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(ExternalVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            _adminConnectionString = external;
        }
        else
        {
            _server = await PostgresServer.StartAsync();
            _adminConnectionString = _server.AdminConnectionString;
        }

        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        else if (_adminConnectionString is not null && _databases.Count > 0)
        {
            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
            foreach (var database in _databases)
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
        }

        _createLock.Dispose();
    }

    /// <summary>Creates a fresh database, migrated to the current schema, and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var connectionString = await CreateEmptyDatabaseAsync(prefix);
        await using var dataSource = PostgresStore.Create(connectionString);
        await new SchemaMigrator(dataSource).MigrateAsync();
        return connectionString;
    }

    /// <summary>Creates a fresh, empty database (no schema) and returns a connection string to it.</summary>
    public async Task<string> CreateEmptyDatabaseAsync(string prefix)
    {
        var name = DatabaseName(prefix);
        await _createLock.WaitAsync();
        try
        {
            await using var connection = new NpgsqlConnection(AdminConnectionString);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
            _databases.Add(name);
        }
        finally
        {
            _createLock.Release();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    private static string DatabaseName(string prefix)
    {
        var name = new StringBuilder();
        foreach (var c in prefix.ToLowerInvariant())
        {
            name.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        name.Append('_').Append(Guid.NewGuid().ToString("N").AsSpan(0, 12));
        return name.Length <= 63 ? name.ToString() : name.ToString()[^63..];
    }
}
