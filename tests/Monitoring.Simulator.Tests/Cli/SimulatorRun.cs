using Monitoring.Simulator.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Monitoring.Simulator.Tests.Cli;

/// <summary>One in-process run of the simulator's command line: exit code, what it printed and what went to standard error.</summary>
internal sealed record SimulatorRun(int Exit, string Output, string Errors)
{
    public static async Task<SimulatorRun> StartAsync(string[] args, ICommandInterceptor? interceptor = null)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        var exit = await SimulatorApp.RunAsync(args, CancellationToken.None, console, errors, interceptor);
        return new SimulatorRun(exit, output.ToString(), errors.ToString());
    }
}
