using Monitoring.Contracts.Incidents;
using Npgsql;
using Orleans.Streams;

namespace Monitoring.Persistence.Hosting;

/// <summary>
/// The site signal streams on PostgreSQL (Microsoft.Orleans.Streaming.AdoNet, tables of schema
/// script 0014): a signal is a row from the moment its publish returns until the correlation grain
/// has taken it, so a silo's death loses none (docs/correlation.md).
/// </summary>
/// <remarks>
/// One queue: signals are few (alert changes, not telemetry), and each queue is polled by its
/// owning silo every 100 ms (the pulling agent's default), an index read when nothing waits. Its
/// connections come from the data source it is given, the process's one pool, so they count in the
/// connection budget (Monitoring:Storage:MaxConnections) like every other provider's.
/// </remarks>
public static class PostgresSignalStreams
{
    /// <summary>
    /// How long a delivered signal stays hidden before it is offered again, unless confirmed: bounds
    /// how late a signal taken by a silo that died reaches the correlation grain from another one.
    /// Folding a signal takes milliseconds; a slower delivery only gets the signal twice, which the
    /// correlation grain folds as nothing new.
    /// </summary>
    public static readonly TimeSpan VisibilityTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Registers the <see cref="SiteSignal.StreamProvider"/> provider on the ADO.NET stream provider over <paramref name="dataSource"/>.</summary>
    public static ISiloBuilder AddPostgresSignalStreams(this ISiloBuilder silo, NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(dataSource);
        return silo.AddAdoNetStreams(SiteSignal.StreamProvider, (SiloAdoNetStreamConfigurator streams) =>
        {
            streams.ConfigureAdoNet(options => options.Configure(o =>
            {
                o.Invariant = PostgresStore.Invariant;
                o.DataSource = dataSource;
                o.VisibilityTimeout = VisibilityTimeout;
            }));
            streams.ConfigurePartitioning(1);
            // Implicit subscriptions only: no pub-sub store, no rendezvous grain per stream.
            streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly);
        });
    }
}
