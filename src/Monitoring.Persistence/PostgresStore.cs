using Npgsql;

namespace Monitoring.Persistence;

/// <summary>Creates the application's single <see cref="NpgsqlDataSource"/>.</summary>
public static class PostgresStore
{
    /// <summary>The name Orleans' ADO.NET providers use to load Npgsql.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>
    /// Builds a data source for <paramref name="connectionString"/>, naming the application in
    /// <c>pg_stat_activity</c> unless the connection string already does.
    /// </summary>
    public static NpgsqlDataSource Create(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ConnectionStringBuilder.ApplicationName))
        {
            builder.ConnectionStringBuilder.ApplicationName = "Monitoring.Orleans";
        }

        return builder.Build();
    }
}
