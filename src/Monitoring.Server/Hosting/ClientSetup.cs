using Monitoring.Grains.Notifications;
using Monitoring.Grains.Rules;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Storage;
using Monitoring.Persistence.Hosting;
using Monitoring.Server.Apis;
using Monitoring.Server.Operations;
using Npgsql;
using Orleans.Configuration;

namespace Monitoring.Server.Hosting;

/// <summary>
/// The front-end role: an Orleans client of the PostgreSQL-clustered silos instead of a silo, and
/// the services the API and hub take from the container, registered here since no silo brings them:
/// the clock, the caches, the acknowledge-link signer, the tenant limits and the PostgreSQL stores
/// the API itself reads or writes (audit, archive reader, outbox). It never hosts a grain.
/// </summary>
internal static class ClientSetup
{
    /// <summary>How often the client re-reads the gateways (silos) from the membership table.</summary>
    private static readonly TimeSpan GatewayRefresh = TimeSpan.FromSeconds(10);

    public static WebApplicationBuilder AddMonitoringClient(this WebApplicationBuilder builder, MonitoringOptions options, NpgsqlDataSource postgres)
    {
        var services = builder.Services;
        services.AddSingleton(new MonitoringClock(manual: false));
        // Resolved by the clock endpoint, which refuses on the system clock; never started here.
        services.AddSingleton<DueWorkScheduler>();
        services.AddSingleton(options.Limits.ToLimits());
        services.AddSingleton(options.Notifications.ToSettings());
        services.AddSingleton<AckLinks>();
        services.AddSingleton<NotificationPolicyCache>();
        services.AddSingleton<RuleBookCache>();
        // The device grains archive on the silos; a saturated archive fails their calls there.
        services.AddSingleton<ITelemetryArchive>(NoArchive.Instance);
        services.AddPostgresFrontendStores(postgres);
        services.AddSingleton<ISiloRoster, ClientRoster>();

        builder.UseOrleansClient(client =>
        {
            client.UsePostgresClustering(postgres, options.Storage.ClusterId);
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = GatewayRefresh);
            client.UseConnectionRetryFilter<ClientConnectionRetry>();
            client.AddOrleansDashboard(options.Operations);
        });
        return builder;
    }
}
