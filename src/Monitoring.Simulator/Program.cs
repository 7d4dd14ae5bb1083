using System.Runtime.InteropServices;
using Monitoring.Simulator.Capacity;
using Monitoring.Simulator.Cli;
using Monitoring.Simulator.Demo;
using Monitoring.Simulator.Failover;
using Monitoring.Simulator.Feed;
using Monitoring.Simulator.Ingest;
using Monitoring.Simulator.Memory;
using Monitoring.Simulator.Notify;
using Monitoring.Simulator.Quality;

if (!CommandLine.TryParse(args, out var command, out var problem))
{
    Console.Error.WriteLine(problem);
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

// The bench script stops a background watcher with SIGTERM: report, then exit.
using var terminate = PosixSignalRegistration.Create(
    PosixSignal.SIGTERM,
    context =>
    {
        context.Cancel = true;
        stop.Cancel();
    });

try
{
    return command.Verb switch
    {
        "ingest" => await IngestCommand.RunAsync(IngestSettings.From(command), stop.Token),
        "memory" => await MemoryCommand.RunAsync(MemorySettings.From(command), stop.Token),
        "feed" => await FeedCommand.RunAsync(FeedSettings.From(command), stop.Token),
        "watch" => await WatchCommand.RunAsync(WatchSettings.From(command), stop.Token),
        "quality" => await QualityCommand.RunAsync(QualitySettings.From(command), stop.Token),
        "failover" => await FailoverCommand.RunAsync(FailoverSettings.From(command), stop.Token),
        "notify" => await NotifyCommand.RunAsync(NotifySettings.From(command), stop.Token),
        "demo" => await DemoCommand.RunAsync(DemoSettings.From(command), stop.Token),
        "capacity" => await CapacityCommand.RunAsync(CapacitySettings.From(command), "dotnet run --project src/Monitoring.Simulator -- " + string.Join(' ', args), stop.Token),
        _ => 2,
    };
}
catch (Exception e) when (e is ArgumentException or HttpRequestException or OperationCanceledException or InvalidOperationException)
{
    Console.Error.WriteLine($"{command.Verb}: {e.Message}");
    return 1;
}
