namespace Monitoring.Cli.Commands;

/// <summary>The options of <c>status</c>: the host, the key, and <c>--json</c>.</summary>
internal sealed class StatusOptions : Api.ListOptions;
