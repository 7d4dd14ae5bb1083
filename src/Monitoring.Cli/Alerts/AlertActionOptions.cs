using System.ComponentModel;
using Monitoring.Cli.Api;
using Spectre.Console.Cli;

namespace Monitoring.Cli.Alerts;

/// <summary>An action on one alert: who acts (<c>--by</c>, else $MONITORING_OPERATOR) and a note.</summary>
internal class AlertActionOptions : ApiOptions
{
    public const string OperatorVariable = "MONITORING_OPERATOR";

    [CommandArgument(0, "<ALERT_ID>"), Description("The alert's id.")]
    public string AlertId { get; set; } = "";

    [CommandOption("--by <NAME>"), Description("Who acts (else $MONITORING_OPERATOR); the host requires one.")]
    public string? By { get; set; }

    [CommandOption("--notes <TEXT>"), Description("A note kept in the alert's history.")]
    public string? Notes { get; set; }
}
