using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Alerts;

/// <summary>An alert nobody acknowledges rises one level per SLA period (up to three); acknowledging stops it.</summary>
[Collection(AlertsCollection.Name)]
public sealed class AlertEscalationTests(AlertsHostFixture host)
{
    [Fact]
    public async Task UnansweredAlert_EachSlaPeriod_EscalatesOneLevelUpToThree()
    {
        var (_, listed) = await host.InactiveGuardAsync();
        var id = listed.Str("alertId");
        var raised = listed.Time("raisedAt");

        await host.SetClockAsync(raised.AddMinutes(5));
        var first = await host.AlertAsync(id);
        await host.SetClockAsync(raised.AddMinutes(10));
        var second = await host.AlertAsync(id);
        await host.SetClockAsync(raised.AddMinutes(30));
        var last = await host.AlertAsync(id);

        Assert.Equal(1, first.Int("escalationLevel"));
        Assert.Equal(2, second.Int("escalationLevel"));
        Assert.Equal(3, last.Int("escalationLevel"));
        var notes = last.Items("history").Where(h => h.Str("action") == "escalated").Select(h => h.Str("notes")).ToList();
        Assert.Equal(["level 1: site_supervisor", "level 2: noc_lead", "level 3: duty_manager"], notes);
        Assert.Contains(await AllEventsAsync(), e => e.Str("type") == "alert_updated"
            && e.GetProperty("data").Str("alertId") == id && e.GetProperty("data").Int("escalationLevel") == 1);
    }

    private async Task<List<System.Text.Json.JsonElement>> AllEventsAsync()
    {
        var all = new List<System.Text.Json.JsonElement>();
        string? after = "0";
        while (after is not null)
        {
            var page = await host.Viewer().GetJsonAsync($"api/v1/events?after={after}&limit=1000");
            all.AddRange(page.Items("items"));
            after = page.IsNull("nextCursor") ? null : page.Str("nextCursor");
        }

        return all;
    }

    [Fact]
    public async Task AcknowledgedAlert_AfterItsSla_DoesNotEscalate()
    {
        var (_, listed) = await host.InactiveGuardAsync();
        var id = listed.Str("alertId");
        var raised = listed.Time("raisedAt");
        await host.SetClockAsync(raised.AddMinutes(5));

        var ack = await host.ActAsync(id, "acknowledge", new { by = "op-1" });
        await ack.JsonAsync(HttpStatusCode.OK);
        await host.SetClockAsync(raised.AddMinutes(25));

        Assert.Equal(1, (await host.AlertAsync(id)).Int("escalationLevel"));
    }
}
