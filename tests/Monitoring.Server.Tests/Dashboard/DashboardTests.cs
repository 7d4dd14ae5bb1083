using System.Collections.Concurrent;
using System.Globalization;
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
    private const string Assignee = "Sam Patel";
    private static readonly Regex Flash = new(@"\bflash\b");
    private static readonly Regex Spotlight = new(@"\bspotlight\b");

    [Fact]
    public async Task Dashboard_ScriptedInactivity_AlertArrivesLiveAndIsAcknowledged()
    {
        SetDefaultExpectTimeout(20_000);
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

        // The critical alert opened a p1 ticket: it arrives live in the tickets panel, and the alert links to it.
        await Expect(dashboard.TicketRows).ToHaveCountAsync(1);
        var ticketId = await dashboard.TicketRows.GetAttributeAsync("data-ticket-id") ?? throw new InvalidOperationException("no ticket id");
        var ticket = dashboard.TicketRow(ticketId);
        await Expect(ticket.Locator(".prio-badge")).ToHaveTextAsync("P1");
        await Expect(ticket.Locator(".ticket-category")).ToHaveTextAsync("inactivity");
        await ExpectTicketStatusAsync(dashboard, ticketId, "new", "new", ["assigned"]);
        await Expect(ticket.Locator(".ticket-assignee")).ToHaveTextAsync("—");
        var opened = await host.Viewer().GetJsonAsync($"api/v1/tickets/{ticketId}");
        Assert.Contains(alertId, opened.Items("alertIds").Select(a => a.GetString()));
        await Expect(ticket.Locator(".ticket-alerts")).ToHaveTextAsync(opened.Items("alertIds").Length.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(opened.Time("createdAt").AddHours(1), opened.Time("slaDueAt")); // p1: resolve within an hour
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        await Expect(ticket.Locator(".ticket-sla")).ToHaveTextAsync(
            TimeZoneInfo.ConvertTime(opened.Time("slaDueAt"), london).ToString("HH:mm:ss", CultureInfo.InvariantCulture));
        await Expect(ticket.Locator(".overdue-marker")).ToHaveCountAsync(0);
        var badge = card.Locator(".ticket-link");
        await Expect(badge).ToHaveAttributeAsync("data-ticket-id", ticketId);
        await Expect(badge).ToHaveTextAsync("P1 ticket · new");
        Assert.Equal(ticketId, (await host.AlertAsync(alertId)).Str("ticketId"));

        var question = await dashboard.AssignTicketAsync(ticketId, Assignee);
        Assert.Contains("P1 inactivity ticket", question, StringComparison.Ordinal);
        await ExpectTicketStatusAsync(dashboard, ticketId, "assigned", "assigned", ["assigned", "in_progress"]);
        await Expect(ticket.Locator(".ticket-assignee")).ToHaveTextAsync(Assignee);
        await Expect(badge).ToHaveTextAsync("P1 ticket · assigned");
        await SaveScreenshotAsync(page);

        await card.Locator("button[data-action='acknowledge']").ClickAsync();
        await Expect(card.Locator(".status")).ToHaveTextAsync("acknowledged");
        await Expect(card).ToContainTextAsync($"acknowledged by {OperatorName}");
        await Expect(dashboard.FlashBanner).ToBeHiddenAsync();
        var acknowledged = await host.AlertAsync(alertId);
        Assert.Equal("acknowledged", acknowledged.Str("status"));
        Assert.Equal(OperatorName, acknowledged.Str("acknowledgedBy"));

        await dashboard.MoveTicketAsync(ticketId, "in_progress");
        await ExpectTicketStatusAsync(dashboard, ticketId, "in_progress", "in progress", ["resolved"]);
        await dashboard.MoveTicketAsync(ticketId, "resolved");
        await ExpectTicketStatusAsync(dashboard, ticketId, "resolved", "resolved", ["closed"]);
        await dashboard.MoveTicketAsync(ticketId, "closed");
        await ExpectTicketStatusAsync(dashboard, ticketId, "closed", "closed", []);
        await Expect(ticket.Locator(".ticket-assignee")).ToHaveTextAsync(Assignee);
        await Expect(badge).ToHaveTextAsync("P1 ticket · closed");
        await badge.ClickAsync();
        await Expect(ticket).ToHaveClassAsync(Spotlight);

        var closed = await host.Viewer().GetJsonAsync($"api/v1/tickets/{ticketId}");
        Assert.Equal("closed", closed.Str("status"));
        Assert.Equal(Assignee, closed.Str("assignee"));
        var moves = closed.Items("history").Where(e => e.Str("action") == "moved").ToArray();
        Assert.Equal(["assigned", "in_progress", "resolved", "closed"], moves.Select(e => e.Str("status")));
        Assert.All(moves, e => Assert.Equal(OperatorName, e.Str("by")));

        Assert.Equal(1, loads);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Dashboard_TicketMoveRefused_ShowsTheProblemAndTheTicketAsItStands()
    {
        SetDefaultExpectTimeout(20_000);
        var siteId = await PutSiteAsync();
        var sleeper = new Phone(host) { SiteId = siteId };

        await using var chromium = await Chromium.LaunchAsync();
        var dashboard = new DashboardPage(chromium.Page);
        await dashboard.OpenAsync(host.BaseAddress, Keys.For(Keys.T1, Keys.Operator), OperatorName, siteId);
        await Expect(dashboard.Page.Locator("#tickets-empty")).ToBeVisibleAsync();

        var start = await host.NowAsync();
        await sleeper.StartShiftAsync(start);
        await Expect(dashboard.GuardRow(sleeper.GuardId)).ToBeVisibleAsync();
        await host.SetClockAsync(start + Fixtures.Inactivity.Window);
        await Expect(dashboard.TicketRows).ToHaveCountAsync(1);
        var ticketId = await dashboard.TicketRows.GetAttributeAsync("data-ticket-id") ?? throw new InvalidOperationException("no ticket id");

        // 400: a blank assignee. The field's error reaches the operator and the ticket stays new.
        await dashboard.AssignTicketAsync(ticketId, "  ");
        await Expect(dashboard.Toast).ToContainTextAsync("assignee: required when the ticket moves to assigned");
        await ExpectTicketStatusAsync(dashboard, ticketId, "new", "new", ["assigned"]);

        // 409: while the prompt is open, another operator takes the ticket and starts work on it.
        await dashboard.AssignTicketAsync(ticketId, Assignee, async () =>
        {
            await MoveAsync(ticketId, new { to = "assigned", by = "Day Lead", assignee = "Day Tech" });
            await MoveAsync(ticketId, new { to = "in_progress", by = "Day Tech" });
        });
        await Expect(dashboard.Toast).ToContainTextAsync("The ticket is in_progress; it cannot move to assigned.");
        await ExpectTicketStatusAsync(dashboard, ticketId, "in_progress", "in progress", ["resolved"]);
        await Expect(dashboard.TicketRow(ticketId).Locator(".ticket-assignee")).ToHaveTextAsync("Day Tech");

        // Past the SLA (p1: an hour after the alert), by the host's clock as the page sees it in the events:
        // the row and the panel's counter say it is overdue.
        await host.SetClockAsync(start + Fixtures.Inactivity.Window + TimeSpan.FromMinutes(75));
        await Expect(dashboard.TicketRow(ticketId).Locator(".overdue-marker")).ToContainTextAsync("OVERDUE");
        await Expect(dashboard.Page.Locator("#tickets-overdue")).ToHaveTextAsync("1 overdue");
    }

    /// <summary>The ticket's status (wire value and shown text) and exactly the moves it offers, in button order.</summary>
    private static async Task ExpectTicketStatusAsync(DashboardPage dashboard, string ticketId, string status, string text, string[] moves)
    {
        var shown = dashboard.TicketRow(ticketId).Locator(".ticket-status");
        await Expect(shown).ToHaveAttributeAsync("data-status", status);
        await Expect(shown).ToHaveTextAsync(text);
        await Expect(dashboard.TicketMoves(ticketId)).ToHaveCountAsync(moves.Length);
        for (var i = 0; i < moves.Length; i++)
        {
            await Expect(dashboard.TicketMoves(ticketId).Nth(i)).ToHaveAttributeAsync("data-move", moves[i]);
        }
    }

    private async Task MoveAsync(string ticketId, object body) =>
        await (await host.Operator().PostJsonAsync($"api/v1/tickets/{ticketId}/transition", body)).JsonAsync(HttpStatusCode.OK);

    [Fact]
    public async Task Dashboard_ConnectionDrops_ReconnectsAndFillsTheGapFromTheEventLog()
    {
        SetDefaultExpectTimeout(20_000);
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
        var ticketId = (await host.AlertAsync(alertId)).Str("ticketId");
        await Expect(dashboard.TicketRow(ticketId).Locator(".ticket-status")).ToHaveAttributeAsync("data-status", "new");
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
