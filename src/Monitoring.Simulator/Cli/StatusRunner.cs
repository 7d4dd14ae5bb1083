using Spectre.Console;

namespace Monitoring.Simulator.Cli;

/// <summary>
/// Runs a verb's work with the right kind of <see cref="Status"/>: a live Spectre progress display
/// when both standard output and error are an interactive terminal, plain lines on standard error
/// otherwise (a benchmark script's log, a file, a pipe).
/// </summary>
internal static class StatusRunner
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(200);

    public static bool Interactive =>
        !Console.IsOutputRedirected && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static async Task<int> RunAsync(string verb, bool live, Func<Status, Task<int>> work)
    {
        if (!live)
        {
            return await work(new PlainStatus(Console.Error, verb));
        }

        // Captured before standard output is pointed at the status below, which writes through it.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        var (output, error) = (Console.Out, Console.Error);
        try
        {
            return await console.Progress()
                .AutoClear(true)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(verb);
                    task.IsIndeterminate = true;
                    var status = new LiveStatus(console, task);
                    using var writer = new StatusWriter(status);
                    Console.SetOut(writer);
                    Console.SetError(writer);
                    var run = work(status);
                    while (!run.IsCompleted)
                    {
                        status.Tick();
                        await Task.WhenAny(run, Task.Delay(Refresh));
                    }

                    writer.Flush();
                    task.StopTask();
                    return await run;
                });
        }
        finally
        {
            Console.SetOut(output);
            Console.SetError(error);
        }
    }
}
