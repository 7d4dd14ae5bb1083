using System.Collections.Concurrent;
using Microsoft.Playwright;
using Monitoring.Server.Tests.Dashboard;
using Monitoring.Server.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Server.Tests.Reports;

/// <summary>The reports page in headless Chromium over the scripted night: the API's numbers in its tables, a uPlot plot, and a CSV download.</summary>
[Collection(ReportsCollection.Name)]
public sealed class ReportsPageTests(ReportsHostFixture host)
{
    [Fact]
    public async Task ReportsPage_Night_TablesShowTheApiNumbersPlotDrawnCsvDownloads()
    {
        SetDefaultExpectTimeout(20_000);
        var night = await host.NightAsync();
        await using var chromium = await Chromium.LaunchAsync();
        var page = chromium.Page;
        var problems = new ConcurrentQueue<string>();
        page.PageError += (_, error) => problems.Enqueue("page error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Enqueue("console: " + message.Text);
            }
        };

        await page.GotoAsync(new Uri(host.BaseAddress, "reports.html?" + ReportNight.Query()).ToString());
        await page.Locator("#gate-key").FillAsync(Keys.For(Keys.T1, Keys.Viewer));
        await page.Locator("#gate-submit").ClickAsync();
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-loaded", "true");

        var sla = await host.Viewer().GetJsonAsync("api/v1/reports/sla?" + ReportNight.Query());
        var total = sla.GetProperty("total");
        await Expect(Cells(page, "#sla-table", "all")).ToHaveTextAsync(
            ["all", $"{total.Int("alerts")}", $"{total.Int("met")}", $"{total.Int("breached")}", $"{total.Int("pending")}", "40.0 %", $"{total.Int("escalated")}",
             "3.0 min", "20.0 min", "15.0 min", "29.0 min"]);
        await Expect(Cells(page, "#sla-table", "critical").Nth(5)).ToHaveTextAsync("66.7 %");
        await Expect(page.Locator("#card-alerts .rp-card-value")).ToHaveTextAsync("6");
        await Expect(page.Locator("#card-deep .rp-card-value")).ToHaveTextAsync("3");
        await Expect(Cells(page, "#rule-table", "inactivity").Nth(7)).ToHaveTextAsync("100.0 %");
        await Expect(Cells(page, "#guard-table", night.Guards[3].GuardId).Nth(2)).ToHaveTextAsync("2");
        await Expect(page.Locator("#deep-table tbody tr")).ToHaveCountAsync(3);
        await Expect(page.Locator("#hour-plot canvas")).ToHaveCountAsync(1);
        await Expect(page.Locator("#hour-plot .u-legend")).ToContainTextAsync("deep night");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#csv-sla").ClickAsync());
        var saved = await File.ReadAllTextAsync(await download.PathAsync());
        using var api = await host.Viewer().GetAsync("api/v1/reports/sla?" + ReportNight.Query("&format=csv"));
        Assert.Equal(await api.Content.ReadAsStringAsync(), saved);
        Assert.Equal("sla-20261210T000000Z.csv", download.SuggestedFilename);
        Assert.True(problems.IsEmpty, string.Join('\n', problems));
    }

    private static ILocator Cells(IPage page, string table, string key) => page.Locator($"{table} tbody tr[data-key='{key}'] td");
}
