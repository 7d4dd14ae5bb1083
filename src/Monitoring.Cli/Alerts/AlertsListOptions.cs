using System.ComponentModel;
using Monitoring.Cli.Api;
using Spectre.Console.Cli;

namespace Monitoring.Cli.Alerts;

/// <summary>The filters of <c>alerts list</c>, as the API takes them; the host refuses a bad one by name.</summary>
internal sealed class AlertsListOptions : ListOptions
{
    [CommandOption("--status <STATUS>"), Description("active, acknowledged, verifying or resolved.")]
    public string? Status { get; set; }

    [CommandOption("--severity <SEVERITY>"), Description("critical, high, medium or low.")]
    public string? Severity { get; set; }

    [CommandOption("--type <TYPE>"), Description("An alert type: inactivity, battery_low, geofence_exit, ...")]
    public string? Type { get; set; }

    [CommandOption("--site <SITE>"), Description("Only this site's alerts.")]
    public string? Site { get; set; }

    [CommandOption("--guard <GUARD>"), Description("Only this guard's alerts.")]
    public string? Guard { get; set; }

    [CommandOption("--limit <N>"), Description("At most this many, newest first (1 to 500)."), DefaultValue(50)]
    public int Limit { get; set; }

    [CommandOption("--cursor <CURSOR>"), Description("The next page, as the previous one announced it.")]
    public string? Cursor { get; set; }
}
