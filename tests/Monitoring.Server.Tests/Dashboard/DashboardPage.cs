using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Server.Tests.Dashboard;

/// <summary>The dashboard as a test sees it: the steps an operator takes and the elements they look at.</summary>
public sealed class DashboardPage(IPage page)
{
    public IPage Page => page;

    /// <summary>The connection indicator; its <c>data-state</c> is live, reconnecting, offline, ...</summary>
    public ILocator Connection => page.Locator("#conn");

    public ILocator FlashBanner => page.Locator("#flash-banner");

    public ILocator GuardRow(string guardId) => page.Locator($"tr[data-guard-id='{guardId}']");

    public ILocator AlertCard(string alertId) => page.Locator($"article[data-alert-id='{alertId}']");

    /// <summary>Loads the page, enters the key and the operator's name, picks the site, and waits until the feed is live.</summary>
    public async Task OpenAsync(Uri baseAddress, string apiKey, string operatorName, string siteId)
    {
        await page.GotoAsync(baseAddress.ToString());
        await Expect(page.Locator("#key-dialog")).ToBeVisibleAsync();
        await page.FillAsync("#key-input", apiKey);
        await page.FillAsync("#key-operator", operatorName);
        await page.ClickAsync("#key-submit");
        await Expect(page.Locator("#key-dialog")).Not.ToBeVisibleAsync();
        await page.SelectOptionAsync("#site-select", siteId);
        await Expect(Connection).ToHaveAttributeAsync("data-state", "live");
    }
}
