using System.Net;
using Monitoring.Grains.Devices;
using Monitoring.Grains.Hosting;
using Monitoring.Grains.Rules;
using Monitoring.Grains.Storage;
using Monitoring.Learning;
using Monitoring.Notifications.Hosting;
using Monitoring.Server.Archive;
using Monitoring.Server.Operations;
using Monitoring.Persistence.Hosting;
using Monitoring.Persistence.Retention;
using Npgsql;
using Orleans.Configuration;

namespace Monitoring.Server.Hosting;

/// <summary>
/// The co-hosted silo and the services grains need (<c>AddMonitoringGrains</c>). The mode is picked
/// here, once. Without a PostgreSQL connection string: the embedded default (localhost clustering,
/// memory storage and reminders, the grains' own memory history and feed log). With one:
/// membership, grain state, reminders, the telemetry archive, the event log and history in
/// PostgreSQL (<c>AddPostgresMonitoringStores</c>), and any number of silos.
/// </summary>
internal static class SiloSetup
{
    private const int RetentionChunk = 5000;
    private static readonly TimeSpan RetentionLockTimeout = TimeSpan.FromSeconds(5);

    public static WebApplicationBuilder AddMonitoringSilo(this WebApplicationBuilder builder, MonitoringOptions options, NpgsqlDataSource? postgres)
    {
        builder.Services.AddMonitoringGrains(new GrainOptions
        {
            ManualClock = options.IsManualClock,
            Placement = options.Silo.Placement,
            Reminders = options.Silo.Reminders ?? postgres is not null,
            Feed = options.Feed.Enabled,
            Inactivity = options.Inactivity.ToSettings(),
            Rules = new HealthRulesPolicy(options.Rules.Enabled, options.Rules.DefaultShiftLength),
            Ingest = new IngestLimits(options.Ingest.MaxSeqAhead),
            Limits = options.Limits.ToLimits(),
            Checkpoint = postgres is null ? CheckpointPolicy.Embedded : new CheckpointPolicy(options.Storage.CheckpointPeriod),
            Notifications = options.Notifications.ToSettings(),
        });
        builder.Services.AddNotificationDelivery(options.Notifications.Delivery);
        builder.Services.AddFraudTraining();
        if (postgres is not null)
        {
            // Ahead of the silo's own hosted service: a budget that cannot work stops the host first.
            builder.Services.AddHostedService<PostgresBudgetCheck>();
            builder.Services.AddPostgresMonitoringStores(postgres, options.Storage.ArchiveWriters, options.Ingest.ArchiveQueueRows);
            builder.Services.AddSingleton(new PostgresRetention(postgres, RetentionChunk, RetentionLockTimeout));
        }
        else if (options.Retention.Problem is { } problem)
        {
            // With PostgreSQL the budget check refuses it, beside the connection budget.
            throw new StartupRefusedException(problem);
        }

        builder.Services.AddHostedService<RetentionService>();

        builder.UseOrleans(silo =>
        {
            if (postgres is null)
            {
                silo.UseLocalhostClustering(options.Silo.Port, options.Silo.GatewayPort);
                // Orleans' binary serializer, as with PostgreSQL: the memory provider's JSON default
                // cost far more per write (docs/benchmarks.md).
                silo.AddMemoryGrainStorageAsDefault(o => o.Configure<Orleans.Serialization.Serializer>(
                    (storage, serializer) => storage.GrainStorageSerializer = new Orleans.Storage.OrleansGrainStorageSerializer(serializer)));
                silo.UseInMemoryReminderService();
                // One silo: every activation is local, so the directory cache would only hold a
                // second entry per grain.
                silo.Configure<GrainDirectoryOptions>(o => o.CachingStrategy = GrainDirectoryOptions.CachingStrategyType.None);
            }
            else
            {
                silo.UsePostgresStore(postgres, options.Storage.ClusterId);
                if (options.Silo.StrongDirectory)
                {
                    // The default directory allows a second activation of a grain while silos join or
                    // leave (a device counting twice, a guard's window split in two); this one locks
                    // directory ranges across membership changes. Experimental in Orleans 10.
#pragma warning disable ORLEANSEXP003
                    silo.AddDistributedGrainDirectory();
#pragma warning restore ORLEANSEXP003
                }
                if (options.Silo.Kubernetes)
                {
                    KubernetesSilo.Configure(silo, options);
                }
                // The silo and gateway ports are cluster-internal: they listen on the advertised
                // address only, never on every interface of the machine.
                else if (options.Silo.AdvertisedIp is { Length: > 0 } ip)
                {
                    silo.ConfigureEndpoints(IPAddress.Parse(ip), options.Silo.Port, options.Silo.GatewayPort, listenOnAnyHostAddress: false);
                }
                else
                {
                    silo.ConfigureEndpoints(options.Silo.Port, options.Silo.GatewayPort, listenOnAnyHostAddress: false);
                }
            }

            if (options.Silo.Repartition)
            {
#pragma warning disable ORLEANSEXP001 // experimental in Orleans 10; measured in docs/benchmarks.md "issue 19: co-location"
                silo.AddActivationRepartitioner();
#pragma warning restore ORLEANSEXP001
            }

            silo.AddMonitoringSignalStreams(options.Storage, postgres);
            silo.AddOrleansDashboard(options.Operations);
            if (options.Silo.MinimumReminderPeriod is { } minimum)
            {
                silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = minimum);
            }
        });
        return builder;
    }
}
