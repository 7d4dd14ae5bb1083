using Spectre.Console;

namespace Monitoring.Cli.Tests.Fixtures;

/// <summary>
/// The operator CLI run in-process as a person would type it: a wide, colourless console into
/// <see cref="Output"/>, standard error into <see cref="Errors"/>, and an environment of its own.
/// </summary>
internal sealed class CliRun
{
    private readonly SyncWriter _output = new();
    private readonly SyncWriter _errors = new();
    private readonly Terminal _terminal;

    public CliRun(IReadOnlyDictionary<string, string>? environment = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 240;
        _terminal = new Terminal(console, _errors, name => environment?.GetValueOrDefault(name));
    }

    public string Output => _output.Text;

    public string Errors => _errors.Text;

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default) =>
        OperatorApp.RunAsync(args, _terminal, cancellationToken);

    /// <summary>Runs <paramref name="args"/> to the end: exit code, output and errors.</summary>
    public static async Task<(int Exit, string Output, string Errors)> StartAsync(params string[] args)
    {
        var run = new CliRun();
        var exit = await run.RunAsync(args);
        return (exit, run.Output, run.Errors);
    }
}
