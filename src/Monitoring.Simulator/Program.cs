using System.Runtime.InteropServices;
using Monitoring.Simulator.Cli;

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

return await SimulatorApp.RunAsync(args, stop.Token);
