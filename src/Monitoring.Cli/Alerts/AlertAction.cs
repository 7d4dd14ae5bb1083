using System.Text.Json;
using Monitoring.Cli.Api;

namespace Monitoring.Cli.Alerts;

/// <summary>Posts an action on an alert and prints what it became (or its JSON).</summary>
internal static class AlertAction
{
    public static async Task<int> PostAsync(
        Terminal terminal, ApiClient api, AlertActionOptions o, string action, object body, CancellationToken cancellationToken)
    {
        var alert = await api.SendAsync(HttpMethod.Post, $"api/v1/alerts/{Uri.EscapeDataString(o.AlertId)}/{action}", body, cancellationToken);
        await terminal.Lines.WriteLineAsync(Describe(alert));
        return 0;
    }

    public static string? By(Terminal terminal, AlertActionOptions o) => o.By ?? terminal.Environment(AlertActionOptions.OperatorVariable);

    private static string Describe(JsonElement alert)
    {
        var resolution = alert.Text("resolution") is { Length: > 0 } r ? $" ({r})" : "";
        var by = alert.Text("resolvedBy") is { Length: > 0 } resolver ? resolver : alert.Text("acknowledgedBy");
        return $"{alert.Text("alertId")} {alert.Text("type")} {alert.Text("severity")} at {alert.Text("siteId")}/{alert.Text("guardId")}: "
            + $"{alert.Text("status")}{resolution}, by {by}";
    }
}
