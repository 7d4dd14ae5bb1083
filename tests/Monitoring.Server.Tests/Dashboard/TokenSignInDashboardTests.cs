using Monitoring.Server.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Server.Tests.Dashboard;

/// <summary>An operator pastes a bearer token into the key dialog: the page reads, goes live and acts as the token's subject.</summary>
[Collection(DashboardCollection.Name)]
public sealed class TokenSignInDashboardTests(DashboardHostFixture host)
{
    private const string Subject = "ines.moreau@example.test";

    [Fact]
    public async Task Dashboard_TokenSignIn_OperatorNameIsTheSubject_AndActsAsIt()
    {
        SetDefaultExpectTimeout(20_000);
        var (phone, alert) = await host.InactiveGuardAsync();
        var alertId = alert.Str("alertId");
        await using var chromium = await Chromium.LaunchAsync();
        var dashboard = new DashboardPage(chromium.Page);
        var page = dashboard.Page;

        await dashboard.OpenAsync(host.BaseAddress, Tokens.For(Subject, Keys.T1, Keys.Operator), "someone else", phone.SiteId);

        var operatorField = page.Locator("#operator-input");
        await Expect(operatorField).ToHaveValueAsync(Subject);
        await Expect(operatorField).Not.ToBeEditableAsync();
        var card = dashboard.AlertCard(alertId);
        await card.Locator("button[data-action='acknowledge']").ClickAsync();
        await Expect(card.Locator(".status")).ToHaveTextAsync("acknowledged");
        Assert.Equal(Subject, (await host.AlertAsync(alertId)).Str("acknowledgedBy"));

        await page.ReloadAsync();
        await Expect(page.Locator("#operator-input")).ToHaveValueAsync(Subject);

        // The pages beside the grid sign in with the same token: the incident workspace lists the
        // alert's incident and its hub connection goes live.
        await page.GotoAsync(new Uri(host.BaseAddress, "incidents.html").ToString());
        await Expect(page.Locator("#conn-text")).ToHaveTextAsync("live");
        await Expect(page.Locator("#incident-rows tr").First).ToBeVisibleAsync();
    }
}
