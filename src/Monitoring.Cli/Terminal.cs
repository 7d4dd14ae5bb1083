using Spectre.Console;

namespace Monitoring.Cli;

/// <summary>
/// Where a command writes and what it reads from its surroundings: the console for tables and
/// help, the raw writer for JSON and feed lines (never wrapped), standard error for refusals,
/// and the environment (MONITORING_URL, MONITORING_API_KEY, MONITORING_OPERATOR).
/// </summary>
internal sealed class Terminal(IAnsiConsole console, TextWriter errors, Func<string, string?> environment)
{
    public IAnsiConsole Console { get; } = console;

    /// <summary>Plain lines, exactly as written: JSON and one line per envelope.</summary>
    public TextWriter Lines => Console.Profile.Out.Writer;

    public TextWriter Errors { get; } = errors;

    public string? Environment(string name) => environment(name) is { Length: > 0 } value ? value : null;

    public static Terminal System() => new(AnsiConsole.Console, global::System.Console.Error, global::System.Environment.GetEnvironmentVariable);
}
