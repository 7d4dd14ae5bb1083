using System.ComponentModel;
using Spectre.Console.Cli;

namespace Monitoring.Cli.Api;

/// <summary>The host and key every command needs; either may come from the environment instead.</summary>
internal class ApiOptions : CommandSettings
{
    public const string UrlVariable = "MONITORING_URL";
    public const string KeyVariable = "MONITORING_API_KEY";
    public const string DefaultUrl = "http://localhost:5000";

    [CommandOption("--url <URL>")]
    [Description("The host's base address (else $MONITORING_URL, else http://localhost:5000).")]
    public string? Url { get; set; }

    [CommandOption("--key <KEY>")]
    [Description("An API key of the tenant (else $MONITORING_API_KEY).")]
    public string? Key { get; set; }
}
