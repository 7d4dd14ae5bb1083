using Monitoring.Server.Hosting;

var app = MonitoringHost.Build(args);
await app.RunAsync();
