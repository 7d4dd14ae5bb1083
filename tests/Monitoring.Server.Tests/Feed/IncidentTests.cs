using System.Text.Json;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Feed;

/// <summary>Alerts flow on the site's stream into its correlation grain, which folds them into incidents.</summary>
[Collection(FeedCollection.Name)]
public sealed class IncidentTests(FeedHostFixture host)
{
    [Fact]
    public async Task InactivityAlerts_OfTwoGuardsAtOneSite_FoldIntoOneIncident_OnTheFeedAndTheApi()
    {
        var first = new Phone(host);
        var second = new Phone(host) { SiteId = first.SiteId };
        await using var client = await FeedClient.ConnectAsync(host, Keys.For(Keys.T1, Keys.Viewer));
        await client.SubscribeAsync(siteId: first.SiteId);
        var now = await host.NowAsync();
        await first.StartShiftAsync(now);
        await second.StartShiftAsync(now);

        await host.SetClockAsync(now.AddMinutes(30));

        var alerts = (await first.AlertsAsync()).Concat(await second.AlertsAsync()).ToList();
        Assert.Equal(2, alerts.Count);
        var incident = await PollAsync(async () =>
        {
            var page = await host.Viewer().GetJsonAsync($"api/v1/incidents?siteId={first.SiteId}");
            return page.GetProperty("items").EnumerateArray()
                .FirstOrDefault(i => i.GetProperty("alertIds").GetArrayLength() == 2);
        });

        Assert.Equal(first.SiteId, incident.GetProperty("siteId").GetString());
        Assert.Equal(JsonValueKind.Null, incident.GetProperty("guardId").ValueKind);
        Assert.Equal("open", incident.GetProperty("status").GetString());
        Assert.Equal("critical", incident.GetProperty("severity").GetString());
        Assert.InRange(incident.GetProperty("correlationScore").GetDouble(), 0.01, 1.0);
        var incidentId = incident.GetProperty("incidentId").GetString();
        Assert.Equal(incidentId, (await host.Viewer().GetJsonAsync($"api/v1/incidents/{incidentId}")).GetProperty("incidentId").GetString());

        foreach (var alert in alerts)
        {
            var alertId = alert.GetProperty("alertId").GetString();
            var withIncident = await PollAsync(async () =>
            {
                var current = await host.Viewer().GetJsonAsync($"api/v1/alerts/{alertId}");
                return current.GetProperty("incidentId").ValueKind == JsonValueKind.String ? current : default;
            });
            Assert.Equal(incidentId, withIncident.GetProperty("incidentId").GetString());
        }

        await client.WaitForAsync(e => e.GetProperty("type").GetString() == "incident_opened"
            && e.GetProperty("data").GetProperty("incidentId").GetString() == incidentId);
        await client.WaitForAsync(e => e.GetProperty("type").GetString() == "alert_raised"
            && e.GetProperty("siteId").GetString() == first.SiteId);
    }

    private static async Task<JsonElement> PollAsync(Func<Task<JsonElement>> probe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("The incident did not appear within 10 s.");
    }
}
