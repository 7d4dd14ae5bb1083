using Monitoring.Persistence;
using Monitoring.Persistence.Connections;
using Monitoring.Persistence.Schema;
using Npgsql;

namespace Monitoring.Server.Hosting;

/// <summary>
/// Production mode: opens the database named by <c>ConnectionStrings:Postgres</c> and brings its
/// schema up to date before the silo starts (the Orleans providers read their queries at start).
/// </summary>
internal static class PostgresMode
{
    public const string ConnectionName = "Postgres";

    /// <summary>
    /// The migrated data source, or null on the embedded default. Its pool is this process's whole
    /// connection budget (<c>Monitoring:Storage:MaxConnections</c>); unless the connection string
    /// names the application, <c>pg_stat_activity</c> shows it with the host and silo port.
    /// </summary>
    public static NpgsqlDataSource? Open(IConfiguration configuration, MonitoringOptions options)
    {
        if (configuration.GetConnectionString(ConnectionName) is not { Length: > 0 } connectionString)
        {
            return null;
        }

        // Before the data source exists: a budget that cannot work is refused without touching the server.
        if (new ConnectionBudget(options.Storage.MaxConnections, options.Storage.ArchiveWriters).Problem is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var name = $"{PostgresStore.DefaultApplicationName} {Environment.MachineName}:{options.Silo.Port}";
        var dataSource = PostgresStore.Create(connectionString, options.Storage.MaxConnections, name[..Math.Min(name.Length, 63)]);
        new SchemaMigrator(dataSource).MigrateAsync().GetAwaiter().GetResult();
        return dataSource;
    }

    /// <summary>The <c>migrate</c> verb: applies the schema and exits (0, or 1 with the reason).</summary>
    public static async Task<int> MigrateAsync(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        if (configuration.GetConnectionString(ConnectionName) is not { Length: > 0 } connectionString)
        {
            await Console.Error.WriteLineAsync("migrate: set ConnectionStrings__Postgres to the database to migrate.");
            return 1;
        }

        await using var dataSource = PostgresStore.Create(connectionString);
        try
        {
            var applied = await new SchemaMigrator(dataSource).MigrateAsync();
            Console.WriteLine(applied.Count == 0
                ? $"migrate: the schema is up to date (version {SchemaMigrator.LatestVersion})."
                : $"migrate: applied {string.Join(", ", applied.Select(s => $"{s.Version} {s.Name}"))}.");
            return 0;
        }
        catch (SchemaTooNewException e)
        {
            await Console.Error.WriteLineAsync($"migrate: {e.Message}");
            return 1;
        }
    }
}
