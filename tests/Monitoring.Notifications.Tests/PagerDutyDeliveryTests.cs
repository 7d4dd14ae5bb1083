using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Storage.Memory;
using Monitoring.Notifications.Tests.Support;

namespace Monitoring.Notifications.Tests;

/// <summary>PagerDuty Events API v2 against a fake endpoint that follows the contract (202, or 400 on an invalid event).</summary>
public sealed class PagerDutyDeliveryTests
{
    private const string RoutingKey = "R0UTINGKEY0000000000000000000042";

    [Fact]
    public async Task PagerDuty_TriggerThenResolve_OneEventPerAlertWithItsIdAsDedupKey()
    {
        await using var receiver = await Receiver.StartAsync();
        var outbox = new MemoryNotificationOutbox();
        var options = DeliveryHost.Fast();
        options.PagerDutyEventsUrl = receiver.Url("pagerduty").ToString();
        using var host = await DeliveryHost.StartAsync(outbox, options);
        var channel = new ContactChannel { Kind = ChannelKind.Pagerduty, RoutingKey = RoutingKey };
        var alerts = "alr_pd" + Guid.NewGuid().ToString("N")[..8];
        var trigger = Messages.To(channel, NotificationReason.Firing, items: 2, alertPrefix: alerts);
        var resolve = Messages.To(channel, NotificationReason.Resolved, items: 2, alertPrefix: alerts);

        await outbox.EnqueueAsync([trigger]);
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(await WebhookDeliveryTests.AllSettledAsync(outbox, [trigger])).Status);
        await outbox.EnqueueAsync([resolve]);
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(await WebhookDeliveryTests.AllSettledAsync(outbox, [resolve])).Status);

        var events = receiver.On("/pagerduty");
        Assert.All(events, e => Assert.Equal(202, e.Status));
        Assert.Equal(
            [("trigger", $"{alerts}_0"), ("trigger", $"{alerts}_1"), ("resolve", $"{alerts}_0"), ("resolve", $"{alerts}_1")],
            events.Select(e => (e.Json.GetProperty("event_action").GetString(), e.Json.GetProperty("dedup_key").GetString())));
        var first = events[0].Json;
        Assert.Equal(RoutingKey, first.GetProperty("routing_key").GetString());
        var payload = first.GetProperty("payload");
        Assert.Equal("critical", payload.GetProperty("severity").GetString());
        Assert.Equal("error", events[1].Json.GetProperty("payload").GetProperty("severity").GetString());
        Assert.Equal("g-7", payload.GetProperty("source").GetString());
        Assert.Equal("site-north", payload.GetProperty("group").GetString());
        Assert.Equal("inactivity", payload.GetProperty("class").GetString());
        Assert.Contains("inactivity", payload.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal(trigger.Items[0].AckUrl, first.GetProperty("links")[0].GetProperty("href").GetString());
        Assert.Equal($"{alerts}_0", payload.GetProperty("custom_details").GetProperty("alertId").GetString());
    }

    [Fact]
    public async Task PagerDuty_EventRefusedWith400_DeadAtOnce()
    {
        await using var receiver = await Receiver.StartAsync();
        var outbox = new MemoryNotificationOutbox();
        using var host = await DeliveryHost.StartAsync(outbox, DeliveryHost.Fast());
        // The channel's own URL overrides the host's, and the fake refuses a routing key of the wrong length.
        var message = Messages.To(new ContactChannel { Kind = ChannelKind.Pagerduty, RoutingKey = "too-short", Url = receiver.Url("pagerduty").ToString() });

        await outbox.EnqueueAsync([message]);
        var row = Assert.Single(await WebhookDeliveryTests.AllSettledAsync(outbox, [message]));

        Assert.Equal((DeliveryStatus.Dead, 1), (row.Status, row.Attempts));
        Assert.Contains("HTTP 400", row.LastError, StringComparison.Ordinal);
        Assert.Contains("routing_key", row.LastError, StringComparison.Ordinal);
        Assert.Equal(400, Assert.Single(receiver.On("/pagerduty")).Status);
    }
}
