using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Monitoring.Server.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Server.Tests.Dashboard;

/// <summary>
/// An alert's deliveries on its card, in real headless Chromium against the real host: a route sends the
/// alert to a contact whose webhook refuses it, and the card says so and lists the delivery log row.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class DeliveryDashboardTests(DashboardHostFixture host)
{
    private const string OperatorName = "Night Lead";
    private static readonly Regex NotEmpty = new(@"\S");

    [Fact]
    public async Task Dashboard_WebhookThatFails_CardShowsTheDeliveryStateAndItsLogRow()
    {
        SetDefaultExpectTimeout(30_000);
        using var receiver = RefusingReceiver.Start();
        var siteId = await host.PutSiteAsync("Europe/London");
        var contactId = Fresh.Id("ct");
        var routeId = Fresh.Id("rt");
        var contact = new JsonObject
        {
            ["name"] = "Gate supervisor",
            ["channels"] = new JsonArray(new JsonObject { ["kind"] = "webhook", ["url"] = receiver.Url, ["secret"] = "s3cret-signing-key-0001" }),
        };
        await (await host.Admin().PutJsonAsync($"api/v1/contacts/{contactId}", contact)).JsonAsync(HttpStatusCode.OK);
        var route = new JsonObject
        {
            ["name"] = "Gate, always",
            ["siteIds"] = new JsonArray(siteId),
            ["types"] = new JsonArray("inactivity"),
            ["tiers"] = new JsonArray(new JsonObject { ["tier"] = 0, ["contactIds"] = new JsonArray(contactId) }),
            ["groupWaitS"] = 0,
        };
        await (await host.Admin().PutJsonAsync($"api/v1/routes/{routeId}", route)).JsonAsync(HttpStatusCode.OK);
        try
        {
            await using var chromium = await Chromium.LaunchAsync();
            var dashboard = new DashboardPage(chromium.Page);
            await dashboard.OpenAsync(host.BaseAddress, Keys.For(Keys.T1, Keys.Operator), OperatorName, siteId);
            var sleeper = new Phone(host) { SiteId = siteId };
            var start = await host.NowAsync();
            await sleeper.StartShiftAsync(start);
            await Expect(dashboard.GuardRow(sleeper.GuardId)).ToBeVisibleAsync();
            await host.SetClockAsync(start + Fixtures.Inactivity.Window);
            var alertId = Assert.Single(await sleeper.AlertsAsync()).Str("alertId");

            var card = dashboard.AlertCard(alertId);
            var state = card.Locator(".delivery-state");
            await Expect(state).ToContainTextAsync("notified tier 0");
            await Expect(state.Locator(".delivery-bad")).ToHaveTextAsync(new Regex("^1 (failed|dead)$"));
            await Expect(state).ToHaveClassAsync(new Regex(@"\bhas-failures\b"));
            Assert.True(receiver.Requests > 0, "the webhook was tried");

            await state.ClickAsync();
            var rows = card.Locator(".delivery-log tr[data-delivery-id]");
            await Expect(rows).ToHaveCountAsync(1);
            await Expect(rows).ToContainTextAsync("Gate supervisor");
            await Expect(rows).ToContainTextAsync("webhook");
            await Expect(rows).ToHaveAttributeAsync("data-status", new Regex("^(failed|dead)$"));
            await Expect(rows.Locator(".delivery-error")).ToHaveTextAsync(NotEmpty);
            var logged = Assert.Single((await host.Viewer().GetJsonAsync($"api/v1/notifications?alertId={alertId}")).Items());
            Assert.Equal(contactId, logged.Str("contactId"));
            await Expect(rows).ToHaveAttributeAsync("data-delivery-id", logged.Str("deliveryId"));
        }
        finally
        {
            await host.Admin().DeleteAsync(new Uri($"api/v1/routes/{routeId}", UriKind.Relative));
            await host.Admin().DeleteAsync(new Uri($"api/v1/contacts/{contactId}", UriKind.Relative));
        }
    }
}
