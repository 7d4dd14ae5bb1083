using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Monitoring.Server.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Server.Tests.Dashboard;

/// <summary>
/// The guard page (guard.html?guard=ID) in headless Chromium: warming up on a fresh shift, then the
/// charts, positions and alert history of a scripted shift, all arriving live from the guard's group.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class GuardPageTests(DashboardHostFixture host)
{
    [Fact]
    public async Task GuardPage_FreshShiftThenQuietGuard_WarmsUpThenShowsChartsMapAndAlert()
    {
        SetDefaultExpectTimeout(30_000);
        var phone = new Phone(host) { SiteId = await PutSiteAsync() };
        var t0 = await host.NowAsync();
        await phone.SendAsync(phone.ShiftStart(t0), Readings(phone.Fix("heartbeat", t0, Phone.BaseLat, Phone.BaseLon), 90, -80));

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

        await page.GotoAsync(new Uri(host.BaseAddress, $"guard.html?guard={Uri.EscapeDataString(phone.GuardId)}").ToString());
        await Expect(page.Locator("#gate-dialog")).ToBeVisibleAsync();
        await page.FillAsync("#gate-key", Keys.For(Keys.T1, Keys.Viewer));
        await page.ClickAsync("#gate-submit");
        await Expect(page.Locator("#gate-dialog")).ToHaveCountAsync(0);
        await Expect(page.Locator("#guard-id")).ToHaveTextAsync(phone.GuardId);
        await Expect(page.Locator("#guard-score")).ToHaveTextAsync("warming up (0 of 30 min)");
        await Expect(page.Locator("#live-status")).ToHaveAttributeAsync("data-state", "live");

        // The evaluation at t0+5 goes out on the guard's group; the page reads the guard again: 9 minutes in.
        await host.SetClockAsync(t0.AddMinutes(9));
        await Expect(page.Locator("#guard-score")).ToHaveTextAsync("warming up (9 of 30 min)");
        await phone.SendAsync([.. phone.Active(t0.AddMinutes(9)), Readings(phone.Event("heartbeat", t0.AddMinutes(9)), 85, -95)]);

        await host.SetClockAsync(t0.AddMinutes(45));
        var alertId = Assert.Single(await phone.AlertsAsync(), a => a.Str("type") == "inactivity").Str("alertId");
        await Expect(page.Locator("#guard-score .score-sev")).ToHaveTextAsync("critical");
        await Expect(page.Locator($"#alert-history li[data-alert-id='{alertId}']")).ToContainTextAsync("inactivity");

        foreach (var chart in new[] { "score", "signals", "battery", "signal" })
        {
            var target = page.Locator($"#chart-{chart}");
            await Expect(target.Locator("canvas")).ToHaveCountAsync(1);
            await Expect(target).Not.ToHaveAttributeAsync("data-points", "0");
        }

        await Expect(page.Locator("#chart-score")).ToHaveAttributeAsync("data-points", "9");
        await Expect(page.Locator("#chart-battery")).ToHaveAttributeAsync("data-points", "2");
        Assert.True(await CanvasHasInkAsync(page, "#chart-score canvas"), "the score chart's canvas is blank");
        await Expect(page.Locator("#map svg circle.map-fence")).ToHaveCountAsync(1);
        await Expect(page.Locator("#map svg circle.map-fix")).ToHaveCountAsync(2);
        await Expect(page.Locator("#map svg circle.map-fix.latest")).ToHaveCountAsync(1);
        await Expect(page.Locator("#map-caption")).ToHaveTextAsync("2 in 8 h");

        Assert.Empty(problems);
    }

    private static Task<bool> CanvasHasInkAsync(IPage page, string selector) =>
        page.EvalOnSelectorAsync<bool>(selector, """
            canvas => {
              const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
              return false;
            }
            """);

    private async Task<string> PutSiteAsync()
    {
        var siteId = Fresh.Id("depot");
        var body = new JsonObject
        {
            ["name"] = "Depot North",
            ["timeZone"] = "Europe/London",
            ["lat"] = Phone.BaseLat,
            ["lon"] = Phone.BaseLon,
            ["geofenceRadiusM"] = 400.0,
        };
        await (await host.Admin().PutJsonAsync($"api/v1/sites/{siteId}", body)).JsonAsync(HttpStatusCode.OK);
        return siteId;
    }

    private static JsonObject Readings(JsonObject e, double battery, double signalDbm)
    {
        e["battery"] = battery;
        e["signalDbm"] = signalDbm;
        e["network"] = "lte";
        return e;
    }
}
