using Microsoft.Extensions.DependencyInjection;
using Monitoring.Grains.Notifications;
using Monitoring.Grains.Storage;
using Monitoring.Grains.Storage.Audit;
using Monitoring.Persistence.Archive;
using Monitoring.Persistence.Audit;
using Monitoring.Persistence.Fraud;
using Monitoring.Persistence.Notifications;
using Npgsql;

namespace Monitoring.Persistence.Hosting;

/// <summary>The PostgreSQL stores a front-end's API reads and writes itself, without a silo in its process.</summary>
public static class PostgresReadersSetup
{
    /// <summary>
    /// <paramref name="dataSource"/>, the audit log (the API's audit filter writes it), the archive
    /// reader, the notification outbox (read for deliveries; only silos drain it) and the fraud ledger
    /// (the fraud API reads and labels it). No history,
    /// feed log or archive writer: those belong to the grains.
    /// </summary>
    public static IServiceCollection AddPostgresFrontendStores(this IServiceCollection services, NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        services.AddSingleton(dataSource);
        services.AddSingleton<IAuditLog>(new PostgresAuditLog(dataSource));
        services.AddSingleton(new ArchiveReader(dataSource));
        services.AddSingleton<INotificationOutbox>(new PostgresNotificationOutbox(dataSource));
        services.AddSingleton<IFraudLedger>(new PostgresFraudLedger(dataSource));
        return services;
    }
}
