using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Monitoring.Grains.Notifications;
using Monitoring.Grains.Scheduling;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Hosting;

/// <summary>Tells a new user, once the host listens, where it is and how to post telemetry.</summary>
internal static partial class StartupBanner
{
    public static void Register(WebApplication app, HostRole role)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Monitoring");
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? "http://localhost:5000";
            var keys = app.Services.GetRequiredService<ApiKeyStore>();
            var clock = app.Services.GetRequiredService<MonitoringClock>();
            var postgres = app.Services.GetService<Npgsql.NpgsqlDataSource>();
            // On PostgreSQL a development key was fixed on purpose (Monitoring__DevelopmentKey): it is not written to the log.
            var key = postgres is null ? keys.DevelopmentKey ?? "<your device key>" : "<your device key>";
            if (keys.DevelopmentKey is not null)
            {
                LogDevelopmentKey(logger, postgres is null ? keys.DevelopmentKey : "set in Monitoring__DevelopmentKey");
            }

            var storage = postgres is { } db
                ? $"PostgreSQL {db.ConnectionString.Split(';').FirstOrDefault(p => p.StartsWith("Host", StringComparison.OrdinalIgnoreCase)) ?? ""}"
                : "embedded (in memory)";
            if (role == HostRole.Silo)
            {
                LogSilo(logger, address, storage);
            }
            else
            {
                LogListening(logger, address, clock.IsManual ? "manual" : "system", storage, role == HostRole.Frontend ? "frontend" : "all");
            }

            if (app.Services.GetRequiredService<AckLinks>().IsKeyGenerated)
            {
                LogGeneratedLinkKey(logger);
            }

            if (role != HostRole.Silo)
            {
                LogHowToPost(logger, address, key);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "No API keys configured (Monitoring__ApiKeys__0__Key/Tenant/Role): using the development key {Key} (tenant 'dev', roles admin and system).")]
    private static partial void LogDevelopmentKey(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "No Monitoring__Notifications__LinkSecret configured: acknowledge links are signed with a random key of this process and stop working when it restarts (with several silos, set the same secret on each).")]
    private static partial void LogGeneratedLinkKey(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message =
        "Monitoring.Orleans is listening on {Address} (role: {Role}, clock: {Clock}, storage: {Storage}). Dashboard: {Address}/  API description: {Address}/openapi/v1.json")]
    private static partial void LogListening(ILogger logger, string address, string clock, string storage, string role);

    [LoggerMessage(Level = LogLevel.Information, Message =
        "Monitoring.Orleans silo (role: silo, storage: {Storage}) is listening on {Address} for /api/v1/health and /metrics only; " +
        "the API, hub and dashboard are served by the front-ends (Monitoring__Role=frontend).")]
    private static partial void LogSilo(ILogger logger, string address, string storage);

    [LoggerMessage(Level = LogLevel.Information, Message =
        "Post telemetry: curl -X POST {Address}/api/v1/telemetry -H 'X-Api-Key: {Key}' -H 'Content-Type: application/json' " +
        "-d '{{\"events\":[{{\"deviceId\":\"phone-1\",\"seq\":1,\"ts\":\"<now, ISO-8601>\",\"type\":\"shift_start\",\"guardId\":\"g-1\",\"siteId\":\"site-1\"}}]}}'")]
    private static partial void LogHowToPost(ILogger logger, string address, string key);
}
