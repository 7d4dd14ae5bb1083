using Monitoring.Cli.Api;
using Monitoring.Cli.Commands;

namespace Monitoring.Cli.Alerts;

/// <summary><c>alerts resolve ID --resolution R</c>: the alert is over, and how it turned out.</summary>
internal sealed class ResolveCommand(Terminal terminal) : OperatorCommand<ResolveOptions>(terminal)
{
    protected override Task<int> RunAsync(ApiClient api, ResolveOptions o, CancellationToken cancellationToken) =>
        AlertAction.PostAsync(
            Terminal, api, o, "resolve", new { by = AlertAction.By(Terminal, o), resolution = o.Resolution, notes = o.Notes }, cancellationToken);
}
