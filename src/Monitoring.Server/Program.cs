using Monitoring.Server.Hosting;

if (args is ["migrate", .. var rest])
{
    return await PostgresMode.MigrateAsync(rest);
}

WebApplication app;
try
{
    app = MonitoringHost.Build(args);
}
catch (StartupRefusedException e)
{
    await Console.Error.WriteLineAsync($"Monitoring.Server did not start: {e.Message}");
    return 2;
}

await app.RunAsync();
return 0;
