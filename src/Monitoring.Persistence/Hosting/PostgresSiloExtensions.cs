using System.Data.Common;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace Monitoring.Persistence.Hosting;

/// <summary>Puts a silo's membership, grain state and reminders in PostgreSQL.</summary>
/// <remarks>
/// The schema must exist before the silo starts (the providers read their queries at start-up): run
/// <see cref="Schema.SchemaMigrator"/> first. Grain state is stored with the Orleans binary serializer:
/// every state type is <c>[GenerateSerializer]</c> with stable <c>[Id]</c>s, so it round-trips exactly
/// and tolerates added fields. The JSON serializers do not: Newtonsoft (the default) skips default
/// values and so restores property initialisers (<c>false</c> became <c>true</c>, <c>0</c> became
/// <c>-1</c>) and drops comparers; System.Text.Json honours the wire-format attributes
/// (<c>[JsonIgnore]</c>, write-only converters) meant for the API. No "PubSubStore" is configured:
/// the signal streams use implicit subscriptions only, which never touch pub-sub storage; a stream
/// provider with explicit subscriptions would need one.
/// </remarks>
public static class PostgresSiloExtensions
{
    /// <summary>
    /// Configures ADO.NET clustering, the default grain storage and the reminder table on the
    /// application's data source, and sets both the cluster id and the service id to
    /// <paramref name="clusterId"/>. The caller keeps owning (and disposes) the data source.
    /// </summary>
    public static ISiloBuilder UsePostgresStore(this ISiloBuilder silo, NpgsqlDataSource dataSource, string clusterId)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        return silo.UsePostgresStore(clusterId, dataSource, connectionString: null);
    }

    /// <summary>
    /// Configures ADO.NET clustering, the default grain storage and the reminder table on the
    /// database of <paramref name="connectionString"/> (the providers open their own connections),
    /// and sets both the cluster id and the service id to <paramref name="clusterId"/>.
    /// </summary>
    public static ISiloBuilder UsePostgresStore(this ISiloBuilder silo, string connectionString, string clusterId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return silo.UsePostgresStore(clusterId, dataSource: null, connectionString);
    }

    private static ISiloBuilder UsePostgresStore(this ISiloBuilder silo, string clusterId, DbDataSource? dataSource, string? connectionString)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(clusterId);

        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = clusterId;
            o.ServiceId = clusterId;
        });
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = PostgresStore.Invariant;
            o.DataSource = dataSource;
            o.ConnectionString = connectionString;
        });
        silo.AddAdoNetGrainStorageAsDefault(options => options.Configure<Serializer>((o, serializer) =>
        {
            o.Invariant = PostgresStore.Invariant;
            o.DataSource = dataSource;
            o.ConnectionString = connectionString;
            o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
        }));
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = PostgresStore.Invariant;
            o.DataSource = dataSource;
            o.ConnectionString = connectionString;
        });
        return silo;
    }
}
