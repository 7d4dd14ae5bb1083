using System.Collections.Concurrent;
using Microsoft.Playwright;
using Monitoring.Server.Tests.Fixtures;
using Monitoring.Server.Tests.Incidents;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Server.Tests.Dashboard;

/// <summary>
/// The incident workspace in real headless Chromium against the real host: an incident raised by real
/// telemetry is investigated, noted, given a root cause and closed in one tab, and a second tab (a
/// viewer) follows every step live.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class IncidentWorkspaceTests(DashboardHostFixture host)
{
    private const string OperatorName = "Night Lead";
    private const string Note = "Called the guard twice, no answer";
    private const string Cause = "Phone left in the locker room";

    [Fact]
    public async Task Workspace_InvestigateNoteRootCauseClose_AppliedAndSeenLiveInASecondTab()
    {
        SetDefaultExpectTimeout(30_000);
        var siteId = await host.PutSiteAsync();
        var (incidentId, alertId, _) = await RealIncident.CreateAsync(host, siteId: siteId);

        await using var chromium = await Chromium.LaunchAsync();
        var problems = new ConcurrentQueue<string>();
        var first = Watched(chromium.Page, problems);
        var second = Watched(await chromium.Context.NewPageAsync(), problems);
        await SignInAsync(first, "incidents.html", Keys.For(Keys.T1, Keys.Operator));
        await first.FillAsync("#operator-input", OperatorName);
        await first.Locator("#operator-input").DispatchEventAsync("change");
        await first.SelectOptionAsync("#filter-site", siteId);
        var row = first.Locator($"#incident-rows tr[data-incident-id='{incidentId}']");
        await Expect(row).ToHaveAttributeAsync("data-status", "open");
        await row.ClickAsync();
        await Expect(first.Locator("#detail-status")).ToHaveTextAsync("open");
        await Expect(first.Locator($"#detail-alerts tr[data-alert-id='{alertId}']")).ToBeVisibleAsync();
        await Expect(first.Locator("#conn")).ToHaveAttributeAsync("data-state", "live");

        await SignInAsync(second, $"incidents.html#{incidentId}", Keys.For(Keys.T1, Keys.Viewer));
        await Expect(second.Locator("#detail-status")).ToHaveTextAsync("open");
        await Expect(second.Locator("#conn")).ToHaveAttributeAsync("data-state", "live");

        await first.FillAsync("#investigate-assignee", "Bob");
        await first.ClickAsync("#investigate-submit");
        foreach (var tab in new[] { first, second })
        {
            await Expect(tab.Locator("#detail-status")).ToHaveTextAsync("investigating");
            await Expect(tab.Locator("#detail-assignee")).ToHaveTextAsync("Bob");
        }

        await Expect(second.Locator($"#incident-rows tr[data-incident-id='{incidentId}']")).ToHaveAttributeAsync("data-status", "investigating");

        await first.FillAsync("#note-text", Note);
        await first.ClickAsync("#note-submit");
        await first.FillAsync("#root-cause-text", Cause);
        await first.ClickAsync("#root-cause-submit");
        foreach (var tab in new[] { first, second })
        {
            await Expect(tab.Locator("#detail-notes")).ToContainTextAsync(Note);
            await Expect(tab.Locator("#detail-root-cause")).ToHaveTextAsync(Cause);
        }

        await first.SelectOptionAsync("#close-resolution", "false_positive");
        await first.ClickAsync("#close-submit");
        foreach (var tab in new[] { first, second })
        {
            await Expect(tab.Locator("#detail-status")).ToHaveTextAsync("closed");
            await Expect(tab.Locator("#timeline li[data-source='incident'][data-action='close']")).ToHaveCountAsync(1);
        }

        await Expect(first.Locator("#note-submit")).ToBeDisabledAsync();
        var stored = await host.Viewer().GetJsonAsync($"api/v1/incidents/{incidentId}");
        Assert.Equal("closed", stored.Str("status"));
        Assert.Equal("false_positive", stored.Str("resolution"));
        Assert.Equal(OperatorName, stored.Str("closedBy"));
        Assert.Equal(["investigate", "note", "root_cause", "close"], stored.Items("history").Select(h => h.Str("action")));
        Assert.All(stored.Items("history"), h => Assert.Equal(OperatorName, h.Str("by")));
        Assert.True(problems.IsEmpty, string.Join('\n', problems));
    }

    [Fact]
    public async Task Workspace_ActionWithoutOperatorName_ShowsTheRefusalAndChangesNothing()
    {
        SetDefaultExpectTimeout(30_000);
        var (incidentId, _, _) = await RealIncident.CreateAsync(host, siteId: await host.PutSiteAsync());

        await using var chromium = await Chromium.LaunchAsync();
        var page = chromium.Page;
        await SignInAsync(page, $"incidents.html#{incidentId}", Keys.For(Keys.T1, Keys.Operator));
        await Expect(page.Locator("#detail-status")).ToHaveTextAsync("open");
        await page.FillAsync("#note-text", Note);
        await page.ClickAsync("#note-submit");

        await Expect(page.Locator("#action-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#action-error")).ToContainTextAsync("by");
        Assert.Empty((await host.Viewer().GetJsonAsync($"api/v1/incidents/{incidentId}")).Items("notes"));
    }

    private async Task SignInAsync(IPage page, string path, string apiKey)
    {
        await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
        await Expect(page.Locator("#gate-dialog")).ToBeVisibleAsync();
        await page.FillAsync("#gate-key", apiKey);
        await page.ClickAsync("#gate-submit");
        await Expect(page.Locator("#gate-dialog")).Not.ToBeAttachedAsync();
    }

    private static IPage Watched(IPage page, ConcurrentQueue<string> problems)
    {
        page.PageError += (_, error) => problems.Enqueue("page error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Enqueue("console: " + message.Text);
            }
        };
        return page;
    }
}
