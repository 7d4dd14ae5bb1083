using Monitoring.Server.Apis;
using Monitoring.Server.Auth;
using Monitoring.Server.Hubs;
using Monitoring.Server.Operations;
using Monitoring.Contracts.Json;
using Monitoring.Server.Problems;

namespace Monitoring.Server.Hosting;

/// <summary>
/// Builds the host of the role <c>Monitoring:Role</c> names (<see cref="HostRoles"/>): a silo
/// (<see cref="SiloSetup"/>) or an Orleans client (<see cref="ClientSetup"/>), then auth, error
/// handling, health and metrics for every role, and the API, hub and dashboard
/// (<see cref="PublicApi"/>) for <c>all</c> and <c>frontend</c>. Program and tests both start it here.
/// </summary>
public static class MonitoringHost
{
    public static WebApplication Build(string[] args) => Build(args, configure: null);

    /// <summary>
    /// As <see cref="Build(string[])"/>, with <paramref name="configure"/> run on the builder just
    /// before it builds: the in-process test hosts add a service there (a fault-injecting grain call
    /// filter). Program never passes one, and no setting can: nothing of it reaches production.
    /// </summary>
    internal static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure)
    {
        var builder = WebApplication.CreateBuilder(args);
        var options = ReadOptions(builder.Configuration);
        builder.Services.Configure<MonitoringOptions>(builder.Configuration.GetSection(MonitoringOptions.Section));

        var role = HostRoles.Parse(options.Role);
        ProductionKeys.Require(options, builder.Configuration);
        KubernetesSilo.Require(options, builder.Configuration);
        var hasPostgres = builder.Configuration.GetConnectionString(PostgresMode.ConnectionName) is { Length: > 0 };
        if (HostRoles.Problem(role, hasPostgres, options.IsManualClock) is { } problem)
        {
            throw new StartupRefusedException(problem);
        }

        var postgres = PostgresMode.Open(builder.Configuration, options);
        if (role.HostsGrains())
        {
            builder.AddMonitoringSilo(options, postgres);
            builder.Services.AddSingleton<ISiloRoster, MembershipRoster>();
        }
        else
        {
            builder.AddMonitoringClient(options, postgres!);
        }

        builder.AddMonitoringTelemetry(options.Tracing);
        builder.Services.ConfigureHttpJsonOptions(o => WireJson.Configure(o.SerializerOptions));
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddMonitoringAuth(options.Jwt, options.Operations);
        builder.Services.AddMonitoringRateLimits(options.RateLimits);
        builder.AddRequestBodyLimit(options.MaxRequestBodyBytes);
        HubLimits? hubLimits = role.ServesApi() ? builder.AddPublicApi(options) : null;

        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        if (hubLimits is not null)
        {
            app.UseDefaultFiles();
            app.UseStaticFiles();
        }

        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        if (hubLimits is not null)
        {
            app.UseDepartedSiloRetry();
            app.UseHubTransportGuard();
            app.MapOpenApi().AllowAnonymous();
        }

        app.MapHealthApi();
        app.MapMonitoringMetrics();
        if (hubLimits is not null)
        {
            PublicApi.Map(app, options, hubLimits);
        }

        StartupBanner.Register(app, role);
        return app;
    }

    /// <summary>The settings; a value of the wrong type (a word where a number or a known name goes) refuses the start, naming it.</summary>
    private static MonitoringOptions ReadOptions(IConfiguration configuration)
    {
        try
        {
            return configuration.GetSection(MonitoringOptions.Section).Get<MonitoringOptions>() ?? new MonitoringOptions();
        }
        catch (InvalidOperationException e)
        {
            throw new StartupRefusedException(e.Message, e);
        }
    }
}
