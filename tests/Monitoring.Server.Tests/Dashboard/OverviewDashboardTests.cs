using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Monitoring.Server.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Server.Tests.Dashboard;

/// <summary>
/// The tenant overview (the landing page), the strip of critical and high alerts of every site, and
/// a reload with the key already in the tab, in real headless Chromium against the real host.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class OverviewDashboardTests(DashboardHostFixture host)
{
    private const string OperatorName = "Night Lead";

    [Fact]
    public async Task Overview_AlertAtAnotherSite_ReachesTheStripAndTheOverviewPutsThatSiteFirst()
    {
        SetDefaultExpectTimeout(20_000);
        var calm = await PutSiteAsync("Calm Depot", Phone.BaseLat, Phone.BaseLon);
        var troubled = await PutSiteAsync("Troubled Yard", Phone.BaseLat + 0.3, Phone.BaseLon + 0.5);
        var patrol = new Phone(host) { SiteId = calm };
        var sleeper = new Phone(host) { SiteId = troubled };

        await using var chromium = await Chromium.LaunchAsync();
        var dashboard = new DashboardPage(chromium.Page);
        var page = dashboard.Page;
        var problems = Watch(page);
        await dashboard.OpenAsync(host.BaseAddress, Keys.For(Keys.T1, Keys.Operator), OperatorName, calm);

        var start = await host.NowAsync();
        await patrol.SendAsync([patrol.ShiftStart(start), .. patrol.Active(start)]);
        await sleeper.StartShiftAsync(start);
        await Expect(dashboard.GuardRow(patrol.GuardId)).ToBeVisibleAsync();
        foreach (var minutes in new[] { 10, 20, 28 })
        {
            await host.SetClockAsync(start.AddMinutes(minutes));
            await patrol.SendAsync(patrol.Active(start.AddMinutes(minutes)));
        }

        // The sleeper's critical inactivity alert is raised at the other site while the calm one is open.
        await host.SetClockAsync(start + Fixtures.Inactivity.Window);
        var alertId = Assert.Single(await sleeper.AlertsAsync()).Str("alertId");
        var item = page.Locator($"#alert-strip .strip-alert[data-alert-id='{alertId}']");
        await Expect(item).ToBeVisibleAsync();
        await Expect(item).ToHaveAttributeAsync("data-site-id", troubled);
        await Expect(item).ToContainTextAsync("CRITICAL");
        await Expect(item).ToContainTextAsync("Troubled Yard");
        await Expect(dashboard.GuardRow(patrol.GuardId)).ToBeVisibleAsync(); // still on the calm site

        // The overview, fed by site summaries: the troubled site first of the two, with its counts and worst guard.
        await page.ClickAsync("#overview-button");
        await Expect(page.Locator("#overview")).ToBeVisibleAsync();
        await Expect(page.Locator("#site-view")).ToBeHiddenAsync();
        var troubledRow = dashboard.SiteRow(troubled);
        await Expect(troubledRow.Locator("[data-field='inactive']")).ToHaveTextAsync("1");
        await Expect(troubledRow.Locator(".chip[data-severity='critical']")).ToHaveTextAsync("1 critical");
        await Expect(troubledRow.Locator("[data-field='worst']")).ToContainTextAsync(sleeper.GuardId);
        await Expect(dashboard.SiteRow(calm).Locator("[data-field='on-shift']")).ToHaveTextAsync("1");
        var order = await dashboard.SiteOrderAsync();
        Assert.True(order.IndexOf(troubled) < order.IndexOf(calm), $"expected {troubled} before {calm}: {string.Join(", ", order)}");
        await Expect(page.Locator($"#site-map .map-site[data-site-id='{troubled}']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bsev-critical\b"));

        // A click on the strip opens that site's view.
        await item.ClickAsync();
        await Expect(page.Locator("#site-view")).ToBeVisibleAsync();
        await Expect(dashboard.AlertCard(alertId)).ToBeVisibleAsync();
        await Expect(dashboard.GuardRow(sleeper.GuardId)).ToBeVisibleAsync();
        await Expect(page.Locator("#site-select")).ToHaveValueAsync(troubled);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Dashboard_ReloadWithTheKeyInTheTab_GoesLiveInEachTabAndOnASecondSite()
    {
        SetDefaultExpectTimeout(20_000);
        var first = await PutSiteAsync("Reload North", Phone.BaseLat, Phone.BaseLon);
        var second = await PutSiteAsync("Reload South", Phone.BaseLat - 0.2, Phone.BaseLon);
        var guard = new Phone(host) { SiteId = first };
        await guard.StartShiftAsync(await host.NowAsync());

        await using var chromium = await Chromium.LaunchAsync();
        var dashboard = new DashboardPage(chromium.Page);
        var page = dashboard.Page;
        var problems = Watch(page);

        // The landing page, reloaded: no key dialog, live, the overview listing the sites.
        await dashboard.OpenAsync(host.BaseAddress, Keys.For(Keys.T1, Keys.Viewer), OperatorName, siteId: null);
        await page.ReloadAsync();
        await ExpectLiveWithoutKeyDialogAsync(dashboard);
        await Expect(page.Locator("#overview")).ToBeVisibleAsync();
        await Expect(dashboard.SiteRow(first)).ToBeVisibleAsync();

        // A site open, reloaded: the same site comes back, live.
        await page.SelectOptionAsync("#site-select", first);
        await Expect(dashboard.GuardRow(guard.GuardId)).ToBeVisibleAsync();
        await page.ReloadAsync();
        await ExpectLiveWithoutKeyDialogAsync(dashboard);
        await Expect(page.Locator("#site-select")).ToHaveValueAsync(first);
        await Expect(dashboard.GuardRow(guard.GuardId)).ToBeVisibleAsync();

        // A second tab opened from the first (it inherits the tab's key), reloaded: live as well.
        var popup = await page.RunAndWaitForPopupAsync(() => page.EvaluateAsync("window.open(location.href)"));
        var other = new DashboardPage(popup);
        var popupProblems = Watch(popup);
        await ExpectLiveWithoutKeyDialogAsync(other);
        await popup.ReloadAsync();
        await ExpectLiveWithoutKeyDialogAsync(other);
        await Expect(other.GuardRow(guard.GuardId)).ToBeVisibleAsync();

        // A second site, reloaded: live, and still that site; a change there arrives through the feed.
        await page.SelectOptionAsync("#site-select", second);
        await page.ReloadAsync();
        await ExpectLiveWithoutKeyDialogAsync(dashboard);
        await Expect(page.Locator("#site-select")).ToHaveValueAsync(second);
        var newcomer = new Phone(host) { SiteId = second };
        await newcomer.StartShiftAsync(await host.NowAsync());
        await Expect(dashboard.GuardRow(newcomer.GuardId)).ToBeVisibleAsync();

        Assert.Empty(problems);
        Assert.Empty(popupProblems);
    }

    private static async Task ExpectLiveWithoutKeyDialogAsync(DashboardPage dashboard)
    {
        await Expect(dashboard.Connection).ToHaveAttributeAsync("data-state", "live");
        await Expect(dashboard.Page.Locator("#conn-text")).ToHaveTextAsync("Live");
        await Expect(dashboard.Page.Locator("#key-dialog")).Not.ToBeVisibleAsync();
    }

    private static ConcurrentQueue<string> Watch(IPage page)
    {
        var problems = new ConcurrentQueue<string>();
        page.PageError += (_, error) => problems.Enqueue("page error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Enqueue("console: " + message.Text);
            }
        };
        return problems;
    }

    private async Task<string> PutSiteAsync(string name, double lat, double lon)
    {
        var siteId = Fresh.Id("ov");
        var body = new JsonObject { ["name"] = name, ["timeZone"] = "Europe/London", ["lat"] = lat, ["lon"] = lon, ["geofenceRadiusM"] = 400.0 };
        await (await host.Admin().PutJsonAsync($"api/v1/sites/{siteId}", body)).JsonAsync(HttpStatusCode.OK);
        return siteId;
    }
}
