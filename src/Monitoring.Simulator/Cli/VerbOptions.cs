using System.ComponentModel;
using System.Net;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Monitoring.Simulator.Cli;

/// <summary>
/// The options every verb takes (the host and its key) and the checks every verb's options share.
/// A verb's options turn into its settings record; an out-of-range value is refused before any work.
/// </summary>
internal abstract class VerbOptions : CommandSettings
{
    [CommandOption("--url <URL>")]
    [Description("The host's base address (loopback only).")]
    [DefaultValue("http://127.0.0.1:5000")]
    public string Url { get; set; } = "http://127.0.0.1:5000";

    [CommandOption("--key <KEY>")]
    [Description("An API key of the host (admin; system too for the clock and memory verbs).")]
    public string? Key { get; set; }

    /// <summary>Runs the verb; <paramref name="arguments"/> is the command line as given.</summary>
    public abstract Task<int> RunAsync(IReadOnlyList<string> arguments, Status status, CancellationToken stop);

    /// <summary>Builds the verb's settings, throwing <see cref="ArgumentException"/> on a bad value.</summary>
    protected abstract object Check();

    public override ValidationResult Validate()
    {
        try
        {
            Check();
            return ValidationResult.Success();
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException)
        {
            return ValidationResult.Error(e.Message);
        }
    }

    protected string RequiredKey() => string.IsNullOrWhiteSpace(Key) ? throw new ArgumentException("--key is required.") : Key;

    /// <summary>The target host; a load generator never aims at anything but this machine.</summary>
    protected static Uri Loopback(string text)
    {
        var url = Uri.TryCreate(text, UriKind.Absolute, out var parsed) ? parsed : throw new ArgumentException($"--url must be an absolute URL, not '{text}'.");
        var loopback = url.IsLoopback || (IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip));
        return loopback ? url : throw new ArgumentException($"--url must be a loopback address, not {url.Host}.");
    }

    protected static int AtLeast(int value, string name, int min = 1) =>
        value >= min ? value : throw new ArgumentException($"--{name} must be an integer >= {min}.");

    protected static double Between(double value, string name, double min, double max) =>
        value >= min && value <= max ? value
        : throw new ArgumentException(FormattableString.Invariant($"--{name} must be a number from {min} to {max}."));
}
