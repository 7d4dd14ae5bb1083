using System.Text.Json;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Alerts;

[Collection(AlertsCollection.Name)]
public sealed class AlertListTests(AlertsHostFixture host)
{
    [Fact]
    public async Task ListAlerts_PagedBelowTheCount_NewestFirstNoDuplicatesNoMisses()
    {
        var siteId = await host.PutSiteAsync();
        var t0 = await host.NowAsync();
        var phones = Enumerable.Range(0, 7).Select(_ => new Phone(host) { SiteId = siteId }).ToArray();
        foreach (var (phone, i) in phones.Select((p, i) => (p, i)))
        {
            var start = t0.AddMinutes(i < 2 ? 0 : i < 5 ? 1 : 2);
            if (start > await host.NowAsync())
            {
                await host.SetClockAsync(start);
            }

            await phone.StartShiftAsync(start);
        }

        await host.SetClockAsync(t0.AddMinutes(32));

        var seen = new List<JsonElement>();
        var pages = 0;
        string? cursor = null;
        do
        {
            var query = $"api/v1/alerts?siteId={siteId}&limit=3" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await host.Viewer().GetJsonAsync(query);
            var items = page.Items();
            Assert.InRange(items.Length, 1, 3);
            seen.AddRange(items);
            cursor = page.IsNull("nextCursor") ? null : page.Str("nextCursor");
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(7, seen.Select(a => a.Str("alertId")).Distinct().Count());
        Assert.Equal(phones.Select(p => p.GuardId).Order(StringComparer.Ordinal), seen.Select(a => a.Str("guardId")).Order(StringComparer.Ordinal));
        var raised = seen.Select(a => a.Time("raisedAt")).ToList();
        Assert.Equal(raised.OrderDescending(), raised);
        Assert.Equal(t0.AddMinutes(32), raised[0]);
        Assert.Equal(t0.AddMinutes(30), raised[^1]);

        var whole = await host.Viewer().GetJsonAsync($"api/v1/alerts?siteId={siteId}&limit=7");
        Assert.True(whole.IsNull("nextCursor"));
        Assert.Equal(seen.Select(a => a.Str("alertId")), whole.Items().Select(a => a.Str("alertId")));
    }

    [Fact]
    public async Task ListAlerts_Filters_ReturnOnlyMatchingAlerts()
    {
        var s1 = await host.PutSiteAsync();
        var s2 = await host.PutSiteAsync();
        var t0 = await host.NowAsync();
        var idle = new Phone(host) { SiteId = s1 };
        var caller = new Phone(host) { SiteId = s1 };
        var other = new Phone(host) { SiteId = s2 };
        var late = new Phone(host) { SiteId = s1 };
        await idle.StartShiftAsync(t0);
        await caller.SendAsync(caller.ShiftStart(t0), caller.Event("phone", t0.AddMinutes(1)));
        await other.StartShiftAsync(t0);
        await host.SetClockAsync(t0.AddMinutes(5));
        await late.StartShiftAsync(t0.AddMinutes(5));
        await host.SetClockAsync(t0.AddMinutes(30));

        var idleAlert = Assert.Single(await idle.AlertsAsync());
        var callerAlert = Assert.Single(await caller.AlertsAsync());
        var otherAlert = Assert.Single(await other.AlertsAsync());
        Assert.Empty(await late.AlertsAsync());
        Assert.Equal("critical", idleAlert.Str("severity"));
        Assert.Equal("high", callerAlert.Str("severity"));
        await (await host.ActAsync(idleAlert.Str("alertId"), "acknowledge", new { by = "op-filters" })).JsonAsync(System.Net.HttpStatusCode.OK);

        Assert.Equal(Sorted(idle.GuardId, caller.GuardId), await GuardsAsync($"siteId={s1}"));
        Assert.Equal([other.GuardId], await GuardsAsync($"siteId={s2}"));
        Assert.Equal([caller.GuardId], await GuardsAsync($"guardId={caller.GuardId}"));
        Assert.Equal([caller.GuardId], await GuardsAsync($"siteId={s1}&severity=high"));
        Assert.Equal([idle.GuardId], await GuardsAsync($"siteId={s1}&severity=critical"));
        Assert.Equal([idle.GuardId], await GuardsAsync($"siteId={s1}&status=acknowledged"));
        Assert.Equal([caller.GuardId], await GuardsAsync($"siteId={s1}&status=active"));
        Assert.Empty(await GuardsAsync($"siteId={s1}&status=resolved"));
        Assert.Empty(await GuardsAsync($"siteId={s1}&status=acknowledged&severity=high"));
        Assert.Equal(Sorted(idle.GuardId, caller.GuardId), await GuardsAsync($"siteId={s1}&type=inactivity"));
        Assert.Empty(await GuardsAsync($"siteId={s1}&type=battery_low"));
        Assert.Contains(otherAlert.Str("alertId"), (await host.Viewer().GetJsonAsync("api/v1/alerts?limit=500")).Items().Select(a => a.Str("alertId")));

        await host.SetClockAsync(t0.AddMinutes(35));

        Assert.Equal([late.GuardId], await GuardsAsync($"siteId={s1}&since={Iso.Of(t0.AddMinutes(31))}"));
        Assert.Equal(Sorted(late.GuardId, idle.GuardId, caller.GuardId), await GuardsAsync($"siteId={s1}&since={Iso.Of(t0.AddMinutes(30))}"));
        Assert.Empty(await GuardsAsync($"siteId={s1}&since={Iso.Of(t0.AddMinutes(36))}"));
    }

    [Fact]
    public async Task ListAlerts_OpenAlertScoreRises_SeverityRisesOnTheSameAlert()
    {
        var phone = new Phone(host) { SiteId = await host.PutSiteAsync() };
        var t0 = await host.NowAsync();
        await phone.SendAsync(phone.ShiftStart(t0), phone.Event("phone", t0.AddMinutes(2)));
        await host.SetClockAsync(t0.AddMinutes(30));
        var first = Assert.Single(await phone.AlertsAsync());

        await host.SetClockAsync(t0.AddMinutes(35));

        var alert = Assert.Single(await phone.AlertsAsync());
        Assert.Equal(first.Str("alertId"), alert.Str("alertId"));
        Assert.Equal("high", first.Str("severity"));
        Assert.Equal("critical", alert.Str("severity"));
        // Critical answers within 5 minutes, high within 10: the period follows the severity (due t0+40 either way).
        Assert.Equal(["raised", "severity_raised", "sla_recomputed"], alert.Items("history").Select(h => h.Str("action")));
        Assert.Equal(t0.AddMinutes(40), alert.Time("slaDueAt"));
    }

    /// <summary>The guards of the matching alerts, sorted: alerts raised at the same instant have no set order.</summary>
    private async Task<string[]> GuardsAsync(string query) =>
        [.. (await host.Viewer().GetJsonAsync($"api/v1/alerts?{query}")).Items().Select(a => a.Str("guardId")).Order(StringComparer.Ordinal)];

    private static string[] Sorted(params string[] ids) => [.. ids.Order(StringComparer.Ordinal)];
}
