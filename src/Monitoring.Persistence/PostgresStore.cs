using Npgsql;

namespace Monitoring.Persistence;

/// <summary>Creates the application's single <see cref="NpgsqlDataSource"/>.</summary>
public static class PostgresStore
{
    /// <summary>The name Orleans' ADO.NET providers use to load Npgsql.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>The connections one silo may hold when nothing else is configured.</summary>
    public const int DefaultMaxConnections = 20;

    /// <summary>The application name in <c>pg_stat_activity</c> when neither caller nor connection string names one.</summary>
    public const string DefaultApplicationName = "Monitoring.Orleans";

    // Npgsql's own default: how long opening a connection, and so waiting for a free one in a full
    // pool, may take before it fails.
    private const int DefaultTimeoutSeconds = 15;

    /// <summary>
    /// Builds a data source for <paramref name="connectionString"/> whose pool holds at most
    /// <paramref name="maxConnections"/> connections (this setting wins over the connection string's
    /// <c>Maximum Pool Size</c>: every provider and store of the process shares this one budget). It
    /// names the application in <c>pg_stat_activity</c> unless the connection string already does,
    /// and replaces a <c>Timeout</c> of 0 (wait forever for a free connection) by Npgsql's default.
    /// </summary>
    public static NpgsqlDataSource Create(string connectionString, int maxConnections = DefaultMaxConnections, string? applicationName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConnections, 1);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        var settings = builder.ConnectionStringBuilder;
        if (string.IsNullOrEmpty(settings.ApplicationName))
        {
            settings.ApplicationName = applicationName ?? DefaultApplicationName;
        }

        settings.MaxPoolSize = maxConnections;
        settings.MinPoolSize = Math.Min(settings.MinPoolSize, maxConnections);
        if (settings.Timeout == 0)
        {
            settings.Timeout = DefaultTimeoutSeconds;
        }

        return builder.Build();
    }
}
