using System.ComponentModel;
using Monitoring.Cli.Api;
using Spectre.Console.Cli;

namespace Monitoring.Cli.Silences;

/// <summary>The options of <c>silences list</c>.</summary>
internal sealed class SilencesListOptions : ListOptions
{
    [CommandOption("--status <STATUS>"), Description("pending, active or expired.")]
    public string? Status { get; set; }
}
