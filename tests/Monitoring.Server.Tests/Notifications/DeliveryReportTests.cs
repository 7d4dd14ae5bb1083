using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Notifications;

/// <summary>A recorded attempt reaches the alert it is about (its delivery summary) and the feed (<c>notification_failed</c>).</summary>
[Collection(AlertsCollection.Name)]
public sealed class DeliveryReportTests(AlertsHostFixture host)
{
    [Fact]
    public async Task DeadDelivery_ShownOnTheAlertAndInTheFeed()
    {
        var (_, listed) = await host.InactiveGuardAsync();
        var alertId = listed.Str("alertId");
        var message = Outbound.Email(Fresh.Id("ct"), alertId, DateTimeOffset.Parse(listed.Str("raisedAt"), System.Globalization.CultureInfo.InvariantCulture));

        await host.EnqueueAsync(message);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var alert = await host.Viewer().GetJsonAsync($"api/v1/alerts/{alertId}");
            if (alert.GetProperty("deliveries").GetProperty("dead").GetInt32() == 1 || DateTime.UtcNow > deadline)
            {
                Assert.Equal(1, alert.GetProperty("deliveries").GetProperty("dead").GetInt32());
                Assert.Equal(0, alert.GetProperty("deliveries").GetProperty("lastTier").GetInt32());
                break;
            }

            await Task.Delay(50);
        }

        Assert.True(await FeedHasAsync(message.DeliveryId), "notification_failed with the delivery in the event log");
    }

    private async Task<bool> FeedHasAsync(string deliveryId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            string? cursor = "0";
            while (cursor is not null)
            {
                var page = await host.Viewer().GetJsonAsync($"api/v1/events?after={cursor}&limit=1000");
                if (page.GetProperty("items").EnumerateArray().Any(e =>
                        e.Str("type") == "notification_failed" && e.GetProperty("data").Str("deliveryId") == deliveryId))
                {
                    return true;
                }

                cursor = page.GetProperty("nextCursor").ValueKind == System.Text.Json.JsonValueKind.String ? page.Str("nextCursor") : null;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
