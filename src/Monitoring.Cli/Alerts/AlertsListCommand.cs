using Monitoring.Cli.Api;
using Monitoring.Cli.Commands;
using Spectre.Console;

namespace Monitoring.Cli.Alerts;

/// <summary><c>alerts list</c>: one page of the tenant's alerts, newest first, as a table or the API's JSON.</summary>
internal sealed class AlertsListCommand(Terminal terminal) : OperatorCommand<AlertsListOptions>(terminal)
{
    protected override async Task<int> RunAsync(ApiClient api, AlertsListOptions o, CancellationToken cancellationToken)
    {
        var page = await api.GetAsync(
            Query.Path("api/v1/alerts", ("status", o.Status), ("severity", o.Severity), ("type", o.Type), ("siteId", o.Site),
                ("guardId", o.Guard), ("limit", o.Limit), ("cursor", o.Cursor)),
            cancellationToken);
        if (o.Json)
        {
            await Terminal.Lines.WriteLineAsync(Json.Pretty(page));
            return 0;
        }

        var table = new Table().AddColumns("alert", "type", "severity", "status", "site", "guard", "raised (UTC)", "SLA due (UTC)");
        foreach (var alert in page.Items())
        {
            table.AddRow(
                [.. new[] { "alertId", "type" }.Select(n => Markup.Escape(alert.Text(n))),
                Severity(alert.Text("severity")),
                .. new[] { "status", "siteId", "guardId" }.Select(n => Markup.Escape(alert.Text(n))),
                alert.Time("raisedAt"), alert.Time("slaDueAt")]);
        }

        Terminal.Console.Write(table);
        var next = page.Text("nextCursor");
        Terminal.Console.WriteLine(next.Length > 0 ? $"{table.Rows.Count} alert(s); more with --cursor {next}" : $"{table.Rows.Count} alert(s)");
        return 0;
    }

    public static string Severity(string severity) => severity switch
    {
        "critical" => "[bold red]critical[/]",
        "high" => "[red]high[/]",
        "medium" => "[yellow]medium[/]",
        _ => Markup.Escape(severity),
    };
}
