using Monitoring.Domain.Inactivity;
using Monitoring.Grains.Incidents;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Storage;

namespace Monitoring.Server.Hosting;

/// <summary>The co-hosted silo and the services grains need (clock, scheduler, rule settings).</summary>
internal static class SiloSetup
{
    public static WebApplicationBuilder AddMonitoringSilo(this WebApplicationBuilder builder, MonitoringOptions options)
    {
        builder.Services.AddSingleton(new MonitoringClock(options.IsManualClock));
        builder.Services.AddSingleton<DueWorkScheduler>();
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<FeedPublisher>(sp, options.Feed.Enabled));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<FeedPublisher>());
        builder.Services.AddSingleton<InactivitySettings>(options.Inactivity.ToSettings());
        builder.Services.AddSingleton(CheckpointPolicy.None);

        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(options.Silo.Port, options.Silo.GatewayPort);
            silo.AddMemoryGrainStorageAsDefault();
            silo.UseInMemoryReminderService();
            silo.AddSignalStreams();
            if (options.Silo.MinimumReminderPeriod is { } minimum)
            {
                silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = minimum);
            }
        });
        return builder;
    }
}
