using Monitoring.Cli;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

return await OperatorApp.RunAsync(args, Terminal.System(), stop.Token);
