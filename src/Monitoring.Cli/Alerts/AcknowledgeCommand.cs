using Monitoring.Cli.Api;
using Monitoring.Cli.Commands;

namespace Monitoring.Cli.Alerts;

/// <summary><c>alerts acknowledge ID</c>: someone is on it (again: no second effect; 409 on a resolved alert).</summary>
internal sealed class AcknowledgeCommand(Terminal terminal) : OperatorCommand<AlertActionOptions>(terminal)
{
    protected override Task<int> RunAsync(ApiClient api, AlertActionOptions o, CancellationToken cancellationToken) =>
        AlertAction.PostAsync(Terminal, api, o, "acknowledge", new { by = AlertAction.By(Terminal, o), notes = o.Notes }, cancellationToken);
}
