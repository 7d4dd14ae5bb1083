using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Monitoring.Server.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace Monitoring.Server.Tests.Dashboard;

/// <summary>
/// Silences in real headless Chromium against the real host: made in the form, seen live in a second
/// tab, applied to an alert raised afterwards, refused with the field's error, and expired early.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class SilenceDashboardTests(DashboardHostFixture host)
{
    private const string OperatorName = "Night Lead";
    private const string Comment = "Fire drill at gate 3";
    private const string London = "Europe/London";
    private static readonly Regex NotEmpty = new(@"\S");

    [Fact]
    public async Task Dashboard_SilenceCreatedInTheForm_SilencesTheNextMatchingAlertInEveryTab()
    {
        SetDefaultExpectTimeout(30_000);
        var siteId = await host.PutSiteAsync(London);
        var sleeper = new Phone(host) { SiteId = siteId };

        await using var chromium = await Chromium.LaunchAsync();
        var problems = new ConcurrentQueue<string>();
        var first = Watched(new DashboardPage(chromium.Page), problems);
        var second = Watched(new DashboardPage(await chromium.Context.NewPageAsync()), problems);
        await first.OpenAsync(host.BaseAddress, Keys.For(Keys.T1, Keys.Admin), OperatorName, siteId);
        await second.OpenAsync(host.BaseAddress, Keys.For(Keys.T1, Keys.Viewer), "Day Lead", siteId);
        await Expect(first.Page.Locator("#silences-empty")).ToBeVisibleAsync();

        var page = first.Page;
        await page.ClickAsync("#silence-new");
        await Expect(first.SilenceDialog).ToBeVisibleAsync();
        await Expect(page.Locator("#silence-site")).ToHaveValueAsync(siteId);
        await Expect(page.Locator("#silence-author")).ToHaveValueAsync(OperatorName);
        await page.SelectOptionAsync("#silence-type", "inactivity");
        await page.FillAsync("#silence-comment", Comment);
        await page.ClickAsync("#silence-submit");
        await Expect(first.SilenceDialog).ToBeHiddenAsync();

        await Expect(first.SilenceRows).ToHaveCountAsync(1);
        var silenceId = await first.SilenceRows.GetAttributeAsync("data-silence-id") ?? throw new InvalidOperationException("no silence id");
        var row = first.SilenceRow(silenceId);
        await Expect(row).ToHaveAttributeAsync("data-status", "active");
        await Expect(row).ToContainTextAsync("type inactivity");
        await Expect(row).ToContainTextAsync(Comment);
        await Expect(row).ToContainTextAsync(OperatorName);
        var stored = Assert.Single(await SilencesAsync("active"), s => s.Str("silenceId") == silenceId);
        var matchers = stored.GetProperty("matchers");
        Assert.Equal(siteId, matchers.Str("siteId"));
        Assert.Equal("inactivity", matchers.Str("type"));
        Assert.Equal(OperatorName, stored.Str("createdBy"));
        Assert.Equal(TimeSpan.FromHours(2), stored.Time("endsAt") - stored.Time("startsAt"));

        // The other tab was told through the feed.
        await Expect(second.SilenceRow(silenceId)).ToHaveAttributeAsync("data-status", "active");

        var start = await host.NowAsync();
        await sleeper.StartShiftAsync(start);
        await Expect(first.GuardRow(sleeper.GuardId)).ToBeVisibleAsync();
        await host.SetClockAsync(start + Fixtures.Inactivity.Window);
        var alertId = Assert.Single(await sleeper.AlertsAsync()).Str("alertId");
        foreach (var tab in new[] { first, second })
        {
            var badge = tab.AlertCard(alertId).Locator(".silenced-badge");
            await Expect(badge).ToBeVisibleAsync();
            await Expect(badge).ToHaveAttributeAsync("data-silence-id", silenceId);
            await Expect(badge).ToHaveAttributeAsync("title", new Regex(Regex.Escape(Comment)));
        }

        Assert.Equal(silenceId, (await host.AlertAsync(alertId)).Str("silencedBy"));

        // A reload keeps the site, and shows the silence and the silenced alert again.
        await page.ReloadAsync();
        await Expect(first.Connection).ToHaveAttributeAsync("data-state", "live");
        await Expect(page.Locator("#site-select")).ToHaveValueAsync(siteId);
        await Expect(first.SilenceRow(silenceId)).ToHaveAttributeAsync("data-status", "active");
        await Expect(first.AlertCard(alertId).Locator(".silenced-badge")).ToBeVisibleAsync();

        await first.ExpireSilenceAsync(silenceId);
        await Expect(first.SilenceRow(silenceId)).ToHaveAttributeAsync("data-status", "expired");
        await Expect(second.SilenceRow(silenceId)).ToHaveAttributeAsync("data-status", "expired");
        Assert.DoesNotContain(await SilencesAsync("active"), s => s.Str("silenceId") == silenceId);
        Assert.Contains(await SilencesAsync("expired"), s => s.Str("silenceId") == silenceId);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Dashboard_SilenceEndingBeforeItStarts_ShowsTheFieldErrorAndStoresNothing()
    {
        SetDefaultExpectTimeout(30_000);
        var siteId = await host.PutSiteAsync(London);

        await using var chromium = await Chromium.LaunchAsync();
        var dashboard = new DashboardPage(chromium.Page);
        var page = dashboard.Page;
        await dashboard.OpenAsync(host.BaseAddress, Keys.For(Keys.T1, Keys.Admin), OperatorName, siteId);

        var now = await host.NowAsync();
        await page.ClickAsync("#silence-new");
        await page.FillAsync("#silence-start", SiteLocal(now.AddHours(3)));
        await page.SelectOptionAsync("#silence-end-mode", "until");
        await page.FillAsync("#silence-end", SiteLocal(now.AddHours(1)));
        await page.FillAsync("#silence-comment", Comment);
        await page.ClickAsync("#silence-submit");

        await Expect(dashboard.SilenceFieldError("endsAt")).ToBeVisibleAsync();
        await Expect(dashboard.SilenceFieldError("endsAt")).ToHaveTextAsync(NotEmpty);
        await Expect(page.Locator("#silence-end")).ToHaveClassAsync(new Regex(@"\bneeds-input\b"));
        await Expect(dashboard.SilenceDialog).ToBeVisibleAsync();
        await Expect(dashboard.SilenceRows).ToHaveCountAsync(0);
        foreach (var status in new[] { "pending", "active", "expired" })
        {
            Assert.DoesNotContain(await SilencesAsync(status), s => SiteOf(s) == siteId);
        }

        // Corrected, the same form goes through.
        await page.FillAsync("#silence-end", SiteLocal(now.AddHours(5)));
        await Expect(dashboard.SilenceFieldError("endsAt")).ToBeHiddenAsync();
        await page.ClickAsync("#silence-submit");
        await Expect(dashboard.SilenceDialog).ToBeHiddenAsync();
        await Expect(dashboard.SilenceRows).ToHaveCountAsync(1);
        await Expect(dashboard.SilenceRows).ToHaveAttributeAsync("data-status", "pending");
        var pending = Assert.Single(await SilencesAsync("pending"), s => SiteOf(s) == siteId);
        Assert.Equal(now.AddHours(5).ToUnixTimeSeconds() / 60, pending.Time("endsAt").ToUnixTimeSeconds() / 60);
        await ExpireAsync(pending.Str("silenceId"));
    }

    [Fact]
    public async Task Dashboard_ExpireWithAnOperatorKey_SaysAnAdminKeyIsNeededAndTheSilenceStays()
    {
        SetDefaultExpectTimeout(30_000);
        var siteId = await host.PutSiteAsync(London);
        var silenceId = await CreateAsync(new { siteId, type = "inactivity" }, "Cleaning crew on site");

        await using var chromium = await Chromium.LaunchAsync();
        var dashboard = new DashboardPage(chromium.Page);
        await dashboard.OpenAsync(host.BaseAddress, Keys.For(Keys.T1, Keys.Operator), OperatorName, siteId);
        await Expect(dashboard.SilenceRow(silenceId)).ToHaveAttributeAsync("data-status", "active");

        await dashboard.ExpireSilenceAsync(silenceId);
        await Expect(dashboard.Toast).ToContainTextAsync("only an admin key may expire a silence");
        await Expect(dashboard.SilenceRow(silenceId)).ToHaveAttributeAsync("data-status", "active");
        Assert.Contains(await SilencesAsync("active"), s => s.Str("silenceId") == silenceId);
        await ExpireAsync(silenceId);
    }

    [Fact]
    public async Task Dashboard_SecondSite_ShowsItsOwnSilencesAndTheTenantWideOnesOnly()
    {
        SetDefaultExpectTimeout(30_000);
        var north = await host.PutSiteAsync(London);
        var south = await host.PutSiteAsync(London);
        var northSilence = await CreateAsync(new { siteId = north, type = "inactivity" }, "North gate works");
        var southSilence = await CreateAsync(new { siteId = south, type = "inactivity" }, "South fence repair");
        // A type these hosts never raise (health rules are off), so that no other test's alert is silenced.
        var wide = await CreateAsync(new { type = "high_memory" }, "Phone update rollout");
        try
        {
            await using var chromium = await Chromium.LaunchAsync();
            var dashboard = new DashboardPage(chromium.Page);
            await dashboard.OpenAsync(host.BaseAddress, Keys.For(Keys.T1, Keys.Viewer), OperatorName, north);
            await Expect(dashboard.SilenceRow(northSilence)).ToBeVisibleAsync();
            await Expect(dashboard.SilenceRow(wide)).ToContainTextAsync("all sites");
            await Expect(dashboard.SilenceRow(southSilence)).ToHaveCountAsync(0);

            await dashboard.Page.SelectOptionAsync("#site-select", south);
            await Expect(dashboard.SilenceRow(southSilence)).ToBeVisibleAsync();
            await Expect(dashboard.SilenceRow(wide)).ToBeVisibleAsync();
            await Expect(dashboard.SilenceRow(northSilence)).ToHaveCountAsync(0);
            await Expect(dashboard.SilenceRows).ToHaveCountAsync(2);
        }
        finally
        {
            await ExpireAsync(wide);
            await ExpireAsync(northSilence);
            await ExpireAsync(southSilence);
        }
    }

    [Fact]
    public async Task Dashboard_SilenceSimilarOnAnAlertCard_PrefillsSiteTypeAndGuard()
    {
        SetDefaultExpectTimeout(30_000);
        var siteId = await host.PutSiteAsync(London);
        var sleeper = new Phone(host) { SiteId = siteId };

        await using var chromium = await Chromium.LaunchAsync();
        var dashboard = new DashboardPage(chromium.Page);
        var page = dashboard.Page;
        await dashboard.OpenAsync(host.BaseAddress, Keys.For(Keys.T1, Keys.Admin), OperatorName, siteId);
        var start = await host.NowAsync();
        await sleeper.StartShiftAsync(start);
        await Expect(dashboard.GuardRow(sleeper.GuardId)).ToBeVisibleAsync();
        await host.SetClockAsync(start + Fixtures.Inactivity.Window);
        var alertId = Assert.Single(await sleeper.AlertsAsync()).Str("alertId");
        var card = dashboard.AlertCard(alertId);
        await Expect(card.Locator(".silenced-badge")).ToBeHiddenAsync();

        await card.Locator(".silence-similar").ClickAsync();
        await Expect(dashboard.SilenceDialog).ToBeVisibleAsync();
        await Expect(page.Locator("#silence-site")).ToHaveValueAsync(siteId);
        await Expect(page.Locator("#silence-type")).ToHaveValueAsync("inactivity");
        await Expect(page.Locator("#silence-guard")).ToHaveValueAsync(sleeper.GuardId);
        await page.SelectOptionAsync("#silence-end-mode", "60");
        await page.FillAsync("#silence-comment", "Guard on a supervised break");
        await page.ClickAsync("#silence-submit");
        await Expect(dashboard.SilenceDialog).ToBeHiddenAsync();

        await Expect(dashboard.SilenceRows).ToHaveCountAsync(1);
        await Expect(dashboard.SilenceRows).ToContainTextAsync($"guard {sleeper.GuardId}");
        var created = Assert.Single(await SilencesAsync("active"), s => SiteOf(s) == siteId);
        Assert.Equal(sleeper.GuardId, created.GetProperty("matchers").Str("guardId"));
        Assert.Equal(TimeSpan.FromHours(1), created.Time("endsAt") - created.Time("startsAt"));
        await ExpireAsync(created.Str("silenceId"));
    }

    private static DashboardPage Watched(DashboardPage dashboard, ConcurrentQueue<string> problems)
    {
        dashboard.Page.PageError += (_, error) => problems.Enqueue("page error: " + error);
        dashboard.Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Enqueue("console: " + message.Text);
            }
        };
        return dashboard;
    }

    /// <summary>A datetime-local value: the instant as wall time in the test sites' zone.</summary>
    private static string SiteLocal(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(London)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string? SiteOf(JsonElement silence) =>
        silence.GetProperty("matchers").TryGetProperty("siteId", out var site) && site.ValueKind == JsonValueKind.String ? site.GetString() : null;

    private async Task<JsonElement[]> SilencesAsync(string status)
    {
        var list = await host.Viewer().GetJsonAsync($"api/v1/silences?status={status}");
        return list.ValueKind == JsonValueKind.Array ? [.. list.EnumerateArray()] : list.Items();
    }

    private async Task<string> CreateAsync(object matchers, string comment)
    {
        var body = new { matchers, durationMinutes = 120, createdBy = "Admin", comment };
        var created = await (await host.Admin().PostJsonAsync("api/v1/silences", body)).JsonAsync(HttpStatusCode.Created);
        return created.Str("silenceId");
    }

    private async Task ExpireAsync(string silenceId)
    {
        var response = await host.Admin().DeleteAsync(new Uri($"api/v1/silences/{silenceId}", UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"DELETE silence {silenceId}: {(int)response.StatusCode}");
    }
}
