using System.Globalization;
using System.Text.Json;
using Monitoring.Cli.Api;
using Spectre.Console;

namespace Monitoring.Cli.Commands;

/// <summary>
/// <c>status</c>: the host's health and silos, then every site of the tenant with its guards on
/// shift, inactive guards and open alerts by severity. Exit 1 when the host is degraded.
/// </summary>
internal sealed class StatusCommand(Terminal terminal) : OperatorCommand<StatusOptions>(terminal)
{
    protected override async Task<int> RunAsync(ApiClient api, StatusOptions options, CancellationToken cancellationToken)
    {
        var health = await api.GetAsync("api/v1/health", cancellationToken);
        var sites = new List<JsonElement>();
        string? next = "api/v1/sites?limit=500";
        while (next is not null)
        {
            var (page, link) = await api.GetPageAsync(next, cancellationToken);
            sites.AddRange(page.Items());
            next = link;
        }

        var ok = health.Text("status") == "ok";
        if (options.Json)
        {
            var both = JsonSerializer.SerializeToElement(new { health, sites });
            await Terminal.Lines.WriteLineAsync(Json.Pretty(both));
            return ok ? 0 : 1;
        }

        var silos = health.Get("silos").Items().Select(s => $"{s.Text("name")} {s.Text("address")} {s.Text("status")}".Trim()).ToList();
        Terminal.Console.MarkupLine(
            $"host {Markup.Escape(api.BaseAddress.ToString())}: [{(ok ? "green" : "red")}]{Markup.Escape(health.Text("status"))}[/]"
            + $", version {Markup.Escape(health.Text("version"))}, {silos.Count} silo(s)");
        foreach (var silo in silos)
        {
            Terminal.Console.WriteLine("  " + silo);
        }

        Terminal.Console.Write(SitesTable(sites));
        return ok ? 0 : 1;
    }

    private static Table SitesTable(List<JsonElement> sites)
    {
        var table = new Table().AddColumns("site", "name", "on shift", "inactive", "critical", "high", "medium", "low");
        foreach (var column in table.Columns.Skip(2))
        {
            column.RightAligned();
        }

        int[] totals = new int[6];
        foreach (var site in sites)
        {
            var alerts = site.Get("activeAlerts");
            int[] counts = [site.Int("guardsOnShift"), site.Int("inactiveGuards"), alerts.Int("critical"), alerts.Int("high"), alerts.Int("medium"), alerts.Int("low")];
            for (var i = 0; i < counts.Length; i++)
            {
                totals[i] += counts[i];
            }

            table.AddRow([Markup.Escape(site.Text("siteId")), Markup.Escape(site.Text("name")), .. counts.Select(Number)]);
        }

        table.AddRow(["[bold]all sites[/]", sites.Count.ToString(CultureInfo.InvariantCulture), .. totals.Select(Number)]);
        return table;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
