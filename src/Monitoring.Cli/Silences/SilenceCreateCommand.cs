using Monitoring.Cli.Alerts;
using Monitoring.Cli.Api;
using Monitoring.Cli.Commands;

namespace Monitoring.Cli.Silences;

/// <summary><c>silences create</c>: posts the silence and prints its id and window (admin key).</summary>
internal sealed class SilenceCreateCommand(Terminal terminal) : OperatorCommand<SilenceCreateOptions>(terminal)
{
    protected override async Task<int> RunAsync(ApiClient api, SilenceCreateOptions o, CancellationToken cancellationToken)
    {
        var body = new
        {
            matchers = new { siteId = o.Site, guardId = o.Guard, deviceId = o.Device, type = o.Type, severity = o.Severity },
            startsAt = o.StartsAt,
            endsAt = o.EndsAt,
            durationMinutes = o.Minutes,
            createdBy = o.By ?? Terminal.Environment(AlertActionOptions.OperatorVariable),
            comment = o.Comment,
            endWhenResolved = o.EndWhenResolved,
        };
        var silence = await api.SendAsync(HttpMethod.Post, "api/v1/silences", body, cancellationToken);
        await Terminal.Lines.WriteLineAsync(
            $"{silence.Text("silenceId")} {silence.Text("status")} from {silence.Time("startsAt")} to {silence.Time("endsAt")} UTC, by {silence.Text("createdBy")}");
        return 0;
    }
}
