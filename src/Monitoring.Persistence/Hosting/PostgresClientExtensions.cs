using Npgsql;
using Orleans.Configuration;

namespace Monitoring.Persistence.Hosting;

/// <summary>Points an Orleans client (a front-end) at the silos that register in PostgreSQL's membership table.</summary>
public static class PostgresClientExtensions
{
    /// <summary>
    /// ADO.NET clustering for the client's gateway list, read from the membership table of
    /// <paramref name="clusterId"/> (cluster and service id, as the silos set them in
    /// <see cref="PostgresSiloExtensions.UsePostgresStore(ISiloBuilder, NpgsqlDataSource, string)"/>).
    /// The caller keeps owning the data source.
    /// </summary>
    public static IClientBuilder UsePostgresClustering(this IClientBuilder client, NpgsqlDataSource dataSource, string clusterId)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentException.ThrowIfNullOrWhiteSpace(clusterId);
        client.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = clusterId;
            o.ServiceId = clusterId;
        });
        client.UseAdoNetClustering(o =>
        {
            o.Invariant = PostgresStore.Invariant;
            o.DataSource = dataSource;
        });
        return client;
    }
}
