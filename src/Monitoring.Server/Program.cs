using Monitoring.Server.Hosting;

if (args is ["migrate", .. var rest])
{
    return await PostgresMode.MigrateAsync(rest);
}

var app = MonitoringHost.Build(args);
await app.RunAsync();
return 0;
