using System.Net;
using Monitoring.Server.Tests.Feed;
using Monitoring.Server.Tests.Fixtures;
using Monitoring.Server.Tests.Notifications;

namespace Monitoring.Server.Tests.Operations;

/// <summary>
/// <c>GET /metrics</c> after real activity on a real host: an alert raised by the evaluations of an
/// inactive guard, its escalation, a delivery attempt and feed envelopes relayed to a hub client.
/// </summary>
[Collection(OperationsCollection.Name)]
public sealed class OperationsMetricsTests(OperationsHostFixture host)
{
    [Fact]
    public async Task Metrics_AfterAlertEvaluationEscalationDeliveryAndFeed_ExposeEveryName()
    {
        await using var feed = await FeedClient.ConnectAsync(host, Keys.For(Keys.T1, Keys.Viewer));
        await feed.SubscribeAsync();
        var (_, alert) = await host.InactiveGuardAsync();
        var raised = alert.Time("raisedAt");
        await host.SetClockAsync(raised.AddMinutes(5));
        Assert.True((await host.AlertAsync(alert.Str("alertId"))).Int("escalationLevel") >= 1);
        await host.EnqueueAsync(Outbound.Email(Fresh.Id("ct"), alert.Str("alertId"), raised));

        string[] expected =
        [
            "monitoring_alerts_raised_total{", "type=\"inactivity\"",
            "monitoring_evaluation_duration_seconds_bucket{",
            "monitoring_evaluation_duration_seconds_count",
            "monitoring_alerts_escalations_total{",
            "monitoring_notifications_deliveries_total{", "channel=\"email\"",
            "monitoring_feed_lag_seconds_bucket{",
            "monitoring_ingest_events_total{outcome=\"accepted\"}",
            "orleans_catalog_activations{",
        ];
        var text = await WaitForAsync(expected);

        foreach (var name in expected)
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("tenant=\"", text, StringComparison.Ordinal);
    }

    private async Task<string> WaitForAsync(string[] expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var response = await host.Anonymous.GetAsync("metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            if (expected.All(n => text.Contains(n, StringComparison.Ordinal)) || DateTime.UtcNow > deadline)
            {
                return text;
            }

            await Task.Delay(200);
        }
    }
}
