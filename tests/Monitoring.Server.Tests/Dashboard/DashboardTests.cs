using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Monitoring.Server.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Server.Tests.Dashboard;

/// <summary>
/// The operator dashboard in real headless Chromium against the real host: everything after the
/// site is picked arrives through the hub (or its catch-up), never through a reload.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardTests(DashboardHostFixture host)
{
    private const string OperatorName = "Night Lead";
    private static readonly Regex Flash = new(@"\bflash\b");

    [Fact]
    public async Task Dashboard_ScriptedInactivity_AlertArrivesLiveAndIsAcknowledged()
    {
        SetDefaultExpectTimeout(10_000);
        var siteId = await PutSiteAsync();
        var sleeper = new Phone(host) { SiteId = siteId };
        var patrol = new Phone(host) { SiteId = siteId };
        var desk = new Phone(host) { SiteId = siteId };

        await using var chromium = await Chromium.LaunchAsync();
        var dashboard = new DashboardPage(chromium.Page);
        var page = dashboard.Page;
        var problems = new ConcurrentQueue<string>();
        page.PageError += (_, error) => problems.Enqueue("page error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Enqueue("console: " + message.Text);
            }
        };
        var loads = 0;
        page.Load += (_, _) => Interlocked.Increment(ref loads);

        await dashboard.OpenAsync(host.BaseAddress, Keys.For(Keys.T1, Keys.Operator), OperatorName, siteId);
        await Expect(page.Locator("#guards-empty")).ToBeVisibleAsync();

        var start = await host.NowAsync();
        await sleeper.SendAsync(WithReadings(sleeper.ShiftStart(start), battery: 64, signalDbm: -83));
        var row = dashboard.GuardRow(sleeper.GuardId);
        await Expect(row).ToBeVisibleAsync();
        await Expect(row.Locator(".shift")).ToHaveTextAsync("On shift");
        await Expect(row).ToContainTextAsync("64%");

        await patrol.SendAsync([WithReadings(patrol.ShiftStart(start), battery: 91, signalDbm: -67), .. patrol.Active(start)]);
        await desk.SendAsync(WithReadings(desk.ShiftStart(start), battery: 17, signalDbm: -104));
        foreach (var minutes in new[] { 10, 20, 28 })
        {
            var at = start.AddMinutes(minutes);
            await host.SetClockAsync(at);
            await patrol.SendAsync(patrol.Active(at));
            await desk.SendAsync(desk.Event("phone", at));
        }

        await host.SetClockAsync(start + Fixtures.Inactivity.Window);
        var alertId = Assert.Single(await sleeper.AlertsAsync()).Str("alertId");
        var card = dashboard.AlertCard(alertId);
        await Expect(card).ToBeVisibleAsync();
        await Expect(page.Locator("body")).ToHaveClassAsync(Flash);
        await Expect(dashboard.FlashBanner).ToContainTextAsync(sleeper.GuardId);
        await Expect(card.Locator(".sev-badge")).ToHaveTextAsync("CRITICAL");
        await Expect(card.Locator(".status")).ToHaveTextAsync("active");
        await Expect(row.Locator(".score-value")).ToHaveTextAsync("1.00");
        await Expect(row.Locator("svg.spark polyline")).ToHaveCountAsync(1);
        await Expect(page.Locator("body")).Not.ToHaveClassAsync(Flash);
        await SaveScreenshotAsync(page);

        await card.Locator("button[data-action='acknowledge']").ClickAsync();
        await Expect(card.Locator(".status")).ToHaveTextAsync("acknowledged");
        await Expect(card).ToContainTextAsync($"acknowledged by {OperatorName}");
        await Expect(dashboard.FlashBanner).ToBeHiddenAsync();
        var acknowledged = await host.AlertAsync(alertId);
        Assert.Equal("acknowledged", acknowledged.Str("status"));
        Assert.Equal(OperatorName, acknowledged.Str("acknowledgedBy"));

        Assert.Equal(1, loads);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Dashboard_ConnectionDrops_ReconnectsAndFillsTheGapFromTheEventLog()
    {
        SetDefaultExpectTimeout(10_000);
        var siteId = await PutSiteAsync();
        var sleeper = new Phone(host) { SiteId = siteId };

        await using var chromium = await Chromium.LaunchAsync();
        var dashboard = new DashboardPage(chromium.Page);
        var page = dashboard.Page;
        var catchUps = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/v1/events?after=", StringComparison.Ordinal))
            {
                catchUps.Enqueue(request.Url);
            }
        };
        await SimulatedNetwork.InstallAsync(page);
        await dashboard.OpenAsync(host.BaseAddress, Keys.For(Keys.T1, Keys.Viewer), OperatorName, siteId);

        var start = await host.NowAsync();
        await sleeper.StartShiftAsync(start);
        await Expect(dashboard.GuardRow(sleeper.GuardId)).ToBeVisibleAsync();

        await SimulatedNetwork.DropAsync(page);
        await Expect(dashboard.Connection).Not.ToHaveAttributeAsync("data-state", "live");
        await host.SetClockAsync(start + Fixtures.Inactivity.Window);
        var alertId = Assert.Single(await sleeper.AlertsAsync()).Str("alertId");
        await SimulatedNetwork.RestoreAsync(page);

        await Expect(dashboard.Connection).ToHaveAttributeAsync("data-state", "live");
        await Expect(dashboard.AlertCard(alertId)).ToBeVisibleAsync();
        await Expect(dashboard.GuardRow(sleeper.GuardId).Locator(".score-value")).ToHaveTextAsync("1.00");
        Assert.NotEmpty(catchUps);
    }

    private async Task<string> PutSiteAsync()
    {
        var siteId = Fresh.Id("harbour");
        var body = new JsonObject
        {
            ["name"] = "Harbour Logistics, Gate 3",
            ["timeZone"] = "Europe/London",
            ["lat"] = Phone.BaseLat,
            ["lon"] = Phone.BaseLon,
            ["geofenceRadiusM"] = 400.0,
        };
        await (await host.Admin().PutJsonAsync($"api/v1/sites/{siteId}", body)).JsonAsync(HttpStatusCode.OK);
        return siteId;
    }

    private static JsonObject WithReadings(JsonObject e, double battery, double signalDbm)
    {
        e["battery"] = battery;
        e["charging"] = false;
        e["signalDbm"] = signalDbm;
        e["network"] = "lte";
        return e;
    }

    /// <summary>
    /// Always into the test's output folder; into docs/dashboard.png as well when
    /// MONITORING_UPDATE_SCREENSHOT=1, so that a test run does not rewrite a tracked file.
    /// </summary>
    private static async Task SaveScreenshotAsync(IPage page)
    {
        var png = await page.ScreenshotAsync(new() { Animations = ScreenshotAnimations.Disabled });
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "dashboard.png"), png);
        if (Environment.GetEnvironmentVariable("MONITORING_UPDATE_SCREENSHOT") == "1")
        {
            await File.WriteAllBytesAsync(Path.Combine(RepositoryRoot.Path, "docs", "dashboard.png"), png);
        }
    }
}
