using System.ComponentModel;
using Monitoring.Cli.Api;
using Spectre.Console.Cli;

namespace Monitoring.Cli.Silences;

/// <summary>The options of <c>silences expire ID</c>.</summary>
internal sealed class SilenceExpireOptions : ApiOptions
{
    [CommandArgument(0, "<SILENCE_ID>"), Description("The silence's id (sil_...).")]
    public string SilenceId { get; set; } = "";

    [CommandOption("--by <NAME>"), Description("Who ends it (else $MONITORING_OPERATOR, else the key's id).")]
    public string? By { get; set; }
}
