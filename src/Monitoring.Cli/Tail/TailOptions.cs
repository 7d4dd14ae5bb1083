using System.ComponentModel;
using Monitoring.Cli.Api;
using Spectre.Console.Cli;

namespace Monitoring.Cli.Tail;

/// <summary>The options of <c>tail</c>: which part of the feed, and when to stop (default: Ctrl+C).</summary>
internal sealed class TailOptions : ApiOptions
{
    [CommandOption("--site <SITE>"), Description("Only this site's envelopes.")]
    public string? Site { get; set; }

    [CommandOption("--guard <GUARD>"), Description("Only this guard's envelopes.")]
    public string? Guard { get; set; }

    [CommandOption("--json"), Description("Print each envelope as one line of JSON.")]
    public bool Json { get; set; }

    [CommandOption("--count <N>"), Description("Stop after this many envelopes.")]
    public int? Count { get; set; }

    [CommandOption("--seconds <S>"), Description("Stop after this many seconds.")]
    public int? Seconds { get; set; }
}
