using Spectre.Console;

namespace Monitoring.Cli;

/// <summary>
/// Where a command writes and what it reads from its surroundings: the console for tables and
/// help, the raw writer for JSON and feed lines (never wrapped), standard error for refusals,
/// and the environment (MONITORING_URL, MONITORING_API_KEY, MONITORING_OPERATOR).
/// </summary>
internal sealed class Terminal(IAnsiConsole console, TextWriter errors, Func<string, string?> environment)
{
    private const int RedirectedWidth = 200;

    public IAnsiConsole Console { get; } = console;

    /// <summary>Plain lines, exactly as written: JSON and one line per envelope.</summary>
    public TextWriter Lines => Console.Profile.Out.Writer;

    public TextWriter Errors { get; } = errors;

    public string? Environment(string name) => environment(name) is { Length: > 0 } value ? value : null;

    /// <summary>The process's own terminal; into a pipe or a file, tables are not wrapped at 80 columns.</summary>
    public static Terminal System()
    {
        var console = AnsiConsole.Console;
        if (global::System.Console.IsOutputRedirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return new Terminal(console, global::System.Console.Error, global::System.Environment.GetEnvironmentVariable);
    }
}
