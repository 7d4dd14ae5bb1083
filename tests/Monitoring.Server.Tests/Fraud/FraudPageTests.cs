using System.Collections.Concurrent;
using Monitoring.Server.Tests.Dashboard;
using Monitoring.Server.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Server.Tests.Fraud;

/// <summary>The fraud page in headless Chromium: a scored event in the ledger shows as a live risk, its site's heat, and its guard's history on a click.</summary>
[Collection(FraudCollection.Name)]
public sealed class FraudPageTests(FraudHostFixture host)
{
    [Fact]
    public async Task FraudPage_ScoredEventAboveHalf_ShowsTheRiskHeatAndHistory()
    {
        SetDefaultExpectTimeout(20_000);
        var (site, guard) = (Fresh.Id("fs"), Fresh.Id("fg"));
        await host.ScoreAsync(Keys.T1, guard, site, guard + "-d", 4, 0.91, TimeSpan.FromMinutes(2));
        await using var chromium = await Chromium.LaunchAsync();
        var page = chromium.Page;
        var problems = new ConcurrentQueue<string>();
        page.PageError += (_, error) => problems.Enqueue("page error: " + error);
        page.Console += (_, message) =>
        {
            // The models route belongs to the training part; without it the page says so and goes on.
            if (message.Type == "error" && !message.Text.Contains("404", StringComparison.Ordinal))
            {
                problems.Enqueue("console: " + message.Text);
            }
        };

        await page.GotoAsync(new Uri(host.BaseAddress, "fraud.html").ToString());
        await page.Locator("#gate-key").FillAsync(Keys.For(Keys.T1, Keys.Viewer));
        await page.Locator("#gate-submit").ClickAsync();
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-loaded", "true");

        var risk = page.Locator($"#fr-live tr.fr-risk[data-guard='{guard}'] td");
        await Expect(risk.Nth(1)).ToHaveTextAsync(site);
        await Expect(risk.Nth(4)).ToHaveTextAsync("0.91");
        await Expect(risk.Nth(7)).ToContainTextAsync("velocity kmh");
        await Expect(page.Locator($"#fr-sites tr[data-site='{site}'] td").Nth(3)).ToHaveTextAsync("0.91");

        await page.Locator($"#fr-live tr.fr-risk[data-guard='{guard}']").ClickAsync();
        await Expect(page.Locator("#fr-guard-panel")).ToBeVisibleAsync();
        await Expect(page.Locator("#fr-guard-title")).ToContainTextAsync("1 scored events");
        await Expect(page.Locator("#fr-guard tbody tr td").Nth(2)).ToHaveTextAsync($"{guard}-d / 4");
        Assert.True(problems.IsEmpty, string.Join('\n', problems));
    }
}
