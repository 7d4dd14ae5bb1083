using Monitoring.Grains.Incidents;
using Monitoring.Persistence.Hosting;
using Npgsql;

namespace Monitoring.Server.Hosting;

/// <summary>
/// Which provider carries the site signal streams (alerts to the correlation grains): the durable
/// ADO.NET one on PostgreSQL unless <see cref="StorageOptions.DurableSignals"/> is off, memory
/// streams on the embedded default (docs/correlation.md).
/// </summary>
internal static class SignalStreamSetup
{
    public static ISiloBuilder AddMonitoringSignalStreams(this ISiloBuilder silo, StorageOptions storage, NpgsqlDataSource? postgres) =>
        postgres is not null && storage.DurableSignals
            ? silo.AddPostgresSignalStreams(postgres)
            : silo.AddSignalStreams();
}
