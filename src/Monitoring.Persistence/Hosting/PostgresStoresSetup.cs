using Microsoft.Extensions.DependencyInjection;
using Monitoring.Grains.Notifications;
using Monitoring.Grains.Storage;
using Monitoring.Grains.Storage.Audit;
using Monitoring.Persistence.Audit;
using Monitoring.Persistence.Archive;
using Monitoring.Persistence.Feed;
using Monitoring.Persistence.Fraud;
using Monitoring.Persistence.History;
using Monitoring.Persistence.Notifications;
using Npgsql;

namespace Monitoring.Persistence.Hosting;

/// <summary>Registers PostgreSQL as the grains' storage ports (history, feed log, telemetry archive, notification outbox, audit log, fraud ledger, fraud models).</summary>
public static class PostgresStoresSetup
{
    private const int ArchiveRowsPerCommit = 20_000;

    /// <summary>
    /// The history tables, the <c>feed_events</c> log and the group-committing telemetry archive
    /// (<paramref name="archiveWriters"/> writer threads, at most <paramref name="archiveQueueRows"/>
    /// rows waiting) on <paramref name="dataSource"/>, which is registered too, and the archive reader.
    /// They replace the embedded defaults of <c>AddMonitoringGrains</c>, whichever is called first.
    /// </summary>
    public static IServiceCollection AddPostgresMonitoringStores(
        this IServiceCollection services, NpgsqlDataSource dataSource, int archiveWriters, int archiveQueueRows)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        services.AddSingleton(dataSource);
        services.AddSingleton<IHistoryStore>(new PostgresHistory(dataSource));
        services.AddSingleton<IEventLog>(new PostgresEventLog(dataSource));
        services.AddSingleton<IAuditLog>(new PostgresAuditLog(dataSource));
        services.AddSingleton<IFraudLedger>(new PostgresFraudLedger(dataSource));
        services.AddSingleton<ITelemetryArchive>(sp => ActivatorUtilities.CreateInstance<TelemetryArchive>(
            sp, dataSource, archiveWriters, ArchiveRowsPerCommit, archiveQueueRows));
        services.AddSingleton(new ArchiveReader(dataSource));
        services.AddSingleton<IFraudModelStore>(new PostgresFraudModelStore(dataSource));
        services.AddSingleton<INotificationOutbox>(sp => new PostgresNotificationOutbox(dataSource, sp.GetService<OutboxSignal>()));
        return services;
    }
}
