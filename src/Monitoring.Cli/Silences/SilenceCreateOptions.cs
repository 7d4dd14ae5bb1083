using System.ComponentModel;
using Monitoring.Cli.Api;
using Spectre.Console.Cli;

namespace Monitoring.Cli.Silences;

/// <summary>
/// The options of <c>silences create</c>: at least one matcher, how long (<c>--minutes</c> or
/// <c>--ends-at</c>), who and why. The host checks them and names any bad field.
/// </summary>
internal sealed class SilenceCreateOptions : ApiOptions
{
    [CommandOption("--site <SITE>"), Description("Match this site's alerts.")]
    public string? Site { get; set; }

    [CommandOption("--guard <GUARD>"), Description("Match this guard's alerts.")]
    public string? Guard { get; set; }

    [CommandOption("--device <DEVICE>"), Description("Match this device's alerts.")]
    public string? Device { get; set; }

    [CommandOption("--type <TYPE>"), Description("Match alerts of this type.")]
    public string? Type { get; set; }

    [CommandOption("--severity <SEVERITY>"), Description("Match alerts of this severity.")]
    public string? Severity { get; set; }

    [CommandOption("--minutes <M>"), Description("How long it lasts from its start (or give --ends-at).")]
    public int? Minutes { get; set; }

    [CommandOption("--starts-at <TIME>"), Description("ISO-8601 start (default: now).")]
    public string? StartsAt { get; set; }

    [CommandOption("--ends-at <TIME>"), Description("ISO-8601 end.")]
    public string? EndsAt { get; set; }

    [CommandOption("--comment <TEXT>"), Description("Why (required by the host).")]
    public string? Comment { get; set; }

    [CommandOption("--by <NAME>"), Description("Who creates it (else $MONITORING_OPERATOR).")]
    public string? By { get; set; }

    [CommandOption("--end-when-resolved"), Description("End it once every alert it silenced is resolved.")]
    public bool EndWhenResolved { get; set; }
}
