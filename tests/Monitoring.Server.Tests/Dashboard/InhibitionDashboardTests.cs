using System.Text.Json;
using Monitoring.Server.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Server.Tests.Dashboard;

/// <summary>
/// Inhibition on the alert card, in real headless Chromium against the real host: a guard whose only
/// phone falls silent gets device_offline and inactivity, and the tenant's default rule (dead-phone)
/// keeps the inactivity alert from paging anyone; its card says by what.
/// </summary>
[Collection(DashboardHealthCollection.Name)]
public sealed class InhibitionDashboardTests(DashboardHealthHostFixture host)
{
    [Fact]
    public async Task Dashboard_GuardsOnlyPhoneOffline_InactivityCardShowsItIsInhibitedByTheOfflineAlert()
    {
        SetDefaultExpectTimeout(30_000);
        var siteId = await host.PutSiteAsync("Europe/London");
        var sleeper = new Phone(host) { SiteId = siteId };

        await using var chromium = await Chromium.LaunchAsync();
        var dashboard = new DashboardPage(chromium.Page);
        await dashboard.OpenAsync(host.BaseAddress, Keys.For(Keys.T1, Keys.Viewer), "Night Lead", siteId);
        var start = await host.NowAsync();
        await sleeper.StartShiftAsync(start);
        await Expect(dashboard.GuardRow(sleeper.GuardId)).ToBeVisibleAsync();
        await host.SetClockAsync(start + Fixtures.Inactivity.Window);

        var alerts = await sleeper.AlertsAsync();
        var offline = Assert.Single(alerts, a => a.Str("type") == "device_offline").Str("alertId");
        var inactivity = Assert.Single(alerts, a => a.Str("type") == "inactivity").Str("alertId");
        var badge = dashboard.AlertCard(inactivity).Locator(".inhibited-badge");
        await Expect(badge).ToBeVisibleAsync();
        await Expect(badge).ToHaveTextAsync("inhibited by device offline");
        await Expect(badge).ToHaveAttributeAsync("data-alert-id", offline);
        await Expect(dashboard.AlertCard(offline).Locator(".inhibited-badge")).ToBeHiddenAsync();
        var stored = await host.AlertAsync(inactivity);
        Assert.Equal(JsonValueKind.String, stored.GetProperty("inhibitedBy").ValueKind);
        Assert.Equal(offline, stored.Str("inhibitedBy"));
    }
}
