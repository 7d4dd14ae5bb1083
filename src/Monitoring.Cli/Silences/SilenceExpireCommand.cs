using Monitoring.Cli.Alerts;
using Monitoring.Cli.Api;
using Monitoring.Cli.Commands;

namespace Monitoring.Cli.Silences;

/// <summary><c>silences expire ID</c>: ends the silence now (an expired one is shown as it is).</summary>
internal sealed class SilenceExpireCommand(Terminal terminal) : OperatorCommand<SilenceExpireOptions>(terminal)
{
    protected override async Task<int> RunAsync(ApiClient api, SilenceExpireOptions o, CancellationToken cancellationToken)
    {
        var by = o.By ?? Terminal.Environment(AlertActionOptions.OperatorVariable);
        var silence = await api.SendAsync(
            HttpMethod.Delete, Query.Path($"api/v1/silences/{Uri.EscapeDataString(o.SilenceId)}", ("by", by)), null, cancellationToken);
        await Terminal.Lines.WriteLineAsync(
            $"{silence.Text("silenceId")} {silence.Text("status")} at {silence.Time("endedAt")} UTC, by {silence.Text("endedBy")}");
        return 0;
    }
}
