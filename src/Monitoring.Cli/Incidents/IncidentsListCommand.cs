using Monitoring.Cli.Alerts;
using Monitoring.Cli.Api;
using Monitoring.Cli.Commands;
using Spectre.Console;

namespace Monitoring.Cli.Incidents;

/// <summary><c>incidents list</c>: one page of the tenant's incidents, newest first.</summary>
internal sealed class IncidentsListCommand(Terminal terminal) : OperatorCommand<IncidentsListOptions>(terminal)
{
    protected override async Task<int> RunAsync(ApiClient api, IncidentsListOptions o, CancellationToken cancellationToken)
    {
        var page = await api.GetAsync(
            Query.Path("api/v1/incidents", ("status", o.Status), ("siteId", o.Site), ("guardId", o.Guard), ("limit", o.Limit), ("cursor", o.Cursor)),
            cancellationToken);
        if (o.Json)
        {
            await Terminal.Lines.WriteLineAsync(Json.Pretty(page));
            return 0;
        }

        var table = new Table().AddColumns("incident", "severity", "status", "site", "guard", "alerts", "types", "opened (UTC)");
        foreach (var incident in page.Items())
        {
            table.AddRow(
                Markup.Escape(incident.Text("incidentId")), AlertsListCommand.Severity(incident.Text("severity")), Markup.Escape(incident.Text("status")),
                Markup.Escape(incident.Text("siteId")), Markup.Escape(incident.Text("guardId")),
                incident.Get("alertIds").Items().Count().ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", incident.Get("alertTypes").Items().Select(t => t.ToString()))), incident.Time("openedAt"));
        }

        Terminal.Console.Write(table);
        var next = page.Text("nextCursor");
        Terminal.Console.WriteLine(next.Length > 0 ? $"{table.Rows.Count} incident(s); more with --cursor {next}" : $"{table.Rows.Count} incident(s)");
        return 0;
    }
}
