using System.ComponentModel;
using Monitoring.Cli.Api;
using Spectre.Console.Cli;

namespace Monitoring.Cli.Incidents;

/// <summary>The filters of <c>incidents list</c>.</summary>
internal sealed class IncidentsListOptions : ListOptions
{
    [CommandOption("--status <STATUS>"), Description("open or resolved.")]
    public string? Status { get; set; }

    [CommandOption("--site <SITE>"), Description("Only this site's incidents.")]
    public string? Site { get; set; }

    [CommandOption("--guard <GUARD>"), Description("Only this guard's incidents.")]
    public string? Guard { get; set; }

    [CommandOption("--limit <N>"), Description("At most this many, newest first (1 to 500)."), DefaultValue(50)]
    public int Limit { get; set; }

    [CommandOption("--cursor <CURSOR>"), Description("The next page, as the previous one announced it.")]
    public string? Cursor { get; set; }
}
