using System.ComponentModel;
using Spectre.Console.Cli;

namespace Monitoring.Cli.Alerts;

/// <summary>The options of <c>alerts resolve</c>: an action with its resolution.</summary>
internal sealed class ResolveOptions : AlertActionOptions
{
    [CommandOption("--resolution <RESOLUTION>"), Description("confirmed, false_positive or resolved; the host requires one.")]
    public string? Resolution { get; set; }
}
