using System.ComponentModel;
using Spectre.Console.Cli;

namespace Monitoring.Cli.Api;

/// <summary>Options of the commands that list: raw JSON instead of a table.</summary>
internal class ListOptions : ApiOptions
{
    [CommandOption("--json")]
    [Description("Print the API's JSON instead of a table.")]
    public bool Json { get; set; }
}
