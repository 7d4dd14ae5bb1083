using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Monitoring.Fleet.Hosting;
using Monitoring.Server.Apis;
using Monitoring.Server.Auth;
using Monitoring.Server.Feed;
using Monitoring.Server.Hubs;
using Monitoring.Server.Operations;
using Monitoring.Server.Ingest;
using Monitoring.Contracts.Json;
using Monitoring.Server.Problems;

namespace Monitoring.Server.Hosting;

/// <summary>Builds the host: silo, API, auth and error handling. Program and tests both start it here.</summary>
public static class MonitoringHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var options = builder.Configuration.GetSection(MonitoringOptions.Section).Get<MonitoringOptions>() ?? new MonitoringOptions();
        builder.Services.Configure<MonitoringOptions>(builder.Configuration.GetSection(MonitoringOptions.Section));

        ProductionKeys.Require(options, builder.Configuration);
        KubernetesSilo.Require(options, builder.Configuration);
        var postgres = PostgresMode.Open(builder.Configuration, options);
        builder.AddMonitoringSilo(options, postgres);
        builder.AddMonitoringTelemetry(options.Tracing);
        builder.Services.ConfigureHttpJsonOptions(o => WireJson.Configure(o.SerializerOptions));
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddMonitoringAuth(options.Jwt, options.Operations);
        builder.Services.AddMonitoringRateLimits(options.RateLimits);
        builder.AddRequestBodyLimit(options.MaxRequestBodyBytes);
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

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseHubTransportGuard();

        app.MapOpenApi().AllowAnonymous();
        app.MapHealthApi();
        app.MapMonitoringMetrics();
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
        app.MapFraudModelsApi();
        app.MapHub<MonitoringHub>(MonitoringHub.Path, hubLimits.Configure);
        StartupBanner.Register(app);
        return app;
    }
}
