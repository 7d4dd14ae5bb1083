using System.Net;
using Monitoring.Domain.Inactivity;
using Monitoring.Grains.Devices;
using Monitoring.Grains.Incidents;
using Monitoring.Grains.Rules;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Hosting;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Storage;
using Monitoring.Server.Archive;
using Monitoring.Persistence.Archive;
using Monitoring.Persistence.Feed;
using Monitoring.Persistence.History;
using Monitoring.Persistence.Hosting;
using Monitoring.Persistence.Retention;
using Npgsql;
using Orleans.Configuration;

namespace Monitoring.Server.Hosting;

/// <summary>
/// The co-hosted silo and the services grains need (clock, scheduler, rule settings). Without a
/// PostgreSQL connection string: the embedded default (localhost clustering, memory storage and
/// reminders). With one: membership, grain state, reminders, the event log and history in
/// PostgreSQL, and any number of silos.
/// </summary>
internal static class SiloSetup
{
    private const int RetentionChunk = 5000;
    private static readonly TimeSpan RetentionLockTimeout = TimeSpan.FromSeconds(5);

    public static WebApplicationBuilder AddMonitoringSilo(this WebApplicationBuilder builder, MonitoringOptions options, NpgsqlDataSource? postgres)
    {
        builder.Services.AddSingleton(new MonitoringClock(options.IsManualClock));
        builder.Services.AddSingleton((options.Silo.Reminders ?? postgres is not null) ? ReminderPolicy.On : ReminderPolicy.Off);
        builder.Services.AddSingleton<DueWorkScheduler>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DueWorkScheduler>());
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<FeedPublisher>(sp, options.Feed.Enabled));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<FeedPublisher>());
        builder.Services.AddSingleton<InactivitySettings>(options.Inactivity.ToSettings());
        builder.Services.AddSingleton(new HealthRulesPolicy(options.Rules.Enabled, options.Rules.DefaultShiftLength));
        builder.Services.AddSingleton<RuleBookCache>();
        builder.Services.AddSingleton(new IngestLimits(options.Ingest.MaxSeqAhead));
        builder.Services.AddSingleton<DeviceIngestServices>();
        builder.Services.AddSingleton(options.Limits.ToLimits());
        builder.Services.AddGrainModes();
        if (postgres is null)
        {
            builder.Services.AddSingleton(CheckpointPolicy.Embedded);
            builder.Services.AddSingleton(DurableStores.None);
            builder.Services.AddSingleton<ITelemetryArchive>(NoArchive.Instance);
        }
        else
        {
            builder.Services.AddSingleton(postgres);
            // Ahead of the silo's own hosted service: a budget that cannot work stops the host first.
            builder.Services.AddHostedService<PostgresBudgetCheck>();
            builder.Services.AddSingleton(new CheckpointPolicy(options.Storage.CheckpointPeriod));
            builder.Services.AddSingleton(new DurableStores(new PostgresEventLog(postgres), new PostgresHistory(postgres)));
            builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<TelemetryArchive>(
                sp, postgres, options.Storage.ArchiveWriters, 20_000, options.Ingest.ArchiveQueueRows));
            builder.Services.AddSingleton<ITelemetryArchive, ArchivePort>();
            builder.Services.AddSingleton(new ArchiveReader(postgres));
            builder.Services.AddSingleton(new PostgresRetention(postgres, RetentionChunk, RetentionLockTimeout));
            builder.Services.AddHostedService<RetentionService>();
        }

        builder.UseOrleans(silo =>
        {
            if (postgres is null)
            {
                silo.UseLocalhostClustering(options.Silo.Port, options.Silo.GatewayPort);
                // Orleans' binary serializer, as with PostgreSQL: the memory provider's JSON default
                // cost ten times more per write (profiled during an alert storm).
                silo.AddMemoryGrainStorageAsDefault(o => o.Configure<Orleans.Serialization.Serializer>(
                    (storage, serializer) => storage.GrainStorageSerializer = new Orleans.Storage.OrleansGrainStorageSerializer(serializer)));
                silo.UseInMemoryReminderService();
                // One silo: every activation is local, so the directory cache would only hold a
                // second entry per grain (about 300 bytes per guard with its phone).
                silo.Configure<GrainDirectoryOptions>(o => o.CachingStrategy = GrainDirectoryOptions.CachingStrategyType.None);
            }
            else
            {
                silo.UsePostgresStore(postgres, options.Storage.ClusterId);
                // The silo and gateway ports are cluster-internal: they listen on the advertised
                // address only, never on every interface of the machine.
                if (options.Silo.AdvertisedIp is { Length: > 0 } ip)
                {
                    silo.ConfigureEndpoints(IPAddress.Parse(ip), options.Silo.Port, options.Silo.GatewayPort, listenOnAnyHostAddress: false);
                }
                else
                {
                    silo.ConfigureEndpoints(options.Silo.Port, options.Silo.GatewayPort, listenOnAnyHostAddress: false);
                }
            }

            silo.AddSignalStreams();
            if (options.Silo.MinimumReminderPeriod is { } minimum)
            {
                silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = minimum);
            }
        });
        return builder;
    }
}
