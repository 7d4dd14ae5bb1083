using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Monitoring.Contracts.Json;
using Monitoring.Fleet.Hosting;
using Monitoring.Server.Apis;
using Monitoring.Server.Apis.Fraud;
using Monitoring.Server.Auth;
using Monitoring.Server.Feed;
using Monitoring.Server.Hubs;
using Monitoring.Server.Ingest;
using Monitoring.Server.Operations;

namespace Monitoring.Server.Hosting;

/// <summary>
/// What the <c>all</c> and <c>frontend</c> roles serve and a <c>silo</c> does not: the REST API, the
/// SignalR hub with its feed relay, the OpenAPI document and the Orleans Dashboard. The services are
/// the same over a co-hosted silo or an Orleans client: both give the relay an <see cref="IGrainFactory"/>.
/// </summary>
internal static class PublicApi
{
    /// <summary>Registers ingest, the hub and its relay, OpenAPI and the demo fleet; returns the hub's limits for <see cref="Map"/>.</summary>
    public static HubLimits AddPublicApi(this WebApplicationBuilder builder, MonitoringOptions options)
    {
        builder.Services.AddOpenApi(o => o.AddSchemaTransformer<TelemetryEventDocTransformer>());
        builder.Services.AddSingleton<IngestDispatcher>();
        var hubLimits = options.Feed.ToHubLimits();
        builder.Services.AddSingleton(hubLimits);
        builder.Services.AddSignalR(hubLimits.Configure).AddJsonProtocol(o => WireJson.Configure(o.PayloadSerializerOptions));
        builder.Services.AddSingleton(new GroupMembership(hubLimits.SubscriptionsPerConnection));
        builder.Services.AddSingleton<FeedRelay>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<FeedRelay>());
        builder.Services.AddDemoFleet(options.Demo, sp => new DemoHost(sp.GetRequiredService<ApiKeyStore>().DevelopmentKey, options.IsManualClock,
            () => sp.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []));
        return hubLimits;
    }

    /// <summary>Maps every resource of the API, the API reference and Orleans Dashboard when switched on, and the hub.</summary>
    public static void Map(WebApplication app, MonitoringOptions options, HubLimits hubLimits)
    {
        if (options.Operations.ApiReference)
        {
            app.MapApiReference();
        }

        app.MapOrleansDashboard(options.Operations);
        app.MapTelemetryApi();
        app.MapArchivedTelemetryApi();
        app.MapGuardsApi();
        app.MapDevicesApi();
        app.MapSitesApi();
        app.MapSiteDevicesApi();
        app.MapAlertsApi();
        app.MapAdminApi();
        app.MapEventsApi();
        app.MapIncidentsApi();
        app.MapTicketsApi();
        app.MapRulesApi();
        app.MapContactsApi();
        app.MapRoutesApi();
        app.MapSilencesApi();
        app.MapInhibitionsApi();
        app.MapAckLinksApi();
        app.MapPagerDutyApi();
        app.MapNotificationsApi();
        app.MapAuditApi();
        app.MapReportsApi();
        app.MapFraudApi();
        app.MapFraudModelsApi();
        app.MapHub<MonitoringHub>(MonitoringHub.Path, hubLimits.Configure);
    }
}
