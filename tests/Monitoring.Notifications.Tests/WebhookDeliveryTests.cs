using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;
using Monitoring.Grains.Storage.Memory;
using Monitoring.Notifications.Tests.Support;

namespace Monitoring.Notifications.Tests;

/// <summary>Webhooks to a real local receiver that checks signatures and fails on purpose.</summary>
public sealed class WebhookDeliveryTests
{
    [Fact]
    public async Task Webhook_ReceiverFailsFirstTwoOfEachKey_EachMessageAcceptedOnce()
    {
        await using var receiver = await Receiver.StartAsync();
        var outbox = new MemoryNotificationOutbox();
        var reporter = new RecordingReporter();
        using var host = await DeliveryHost.StartAsync(outbox, DeliveryHost.Fast(maxAttempts: 5), reporter);
        var messages = Enumerable.Range(0, 10).Select(_ => Messages.To(Messages.Webhook(receiver.Url("hook/flaky2")))).ToList();

        await outbox.EnqueueAsync(messages);
        var rows = await AllSettledAsync(outbox, messages);

        Assert.All(rows, r => Assert.Equal((DeliveryStatus.Sent, 3), (r.Status, r.Attempts)));
        var accepted = receiver.On("/hook/flaky2").Where(r => r.Accepted).GroupBy(r => r.IdempotencyKey).ToList();
        Assert.Equal(messages.Select(m => m.IdempotencyKey).Order(), accepted.Select(g => g.Key).Order());
        Assert.All(accepted, g => Assert.Single(g));
        Assert.Equal(30, receiver.On("/hook/flaky2").Count);
        Assert.Equal(10, reporter.Reports.Count(d => d.Status == DeliveryStatus.Sent));
        Assert.Equal(20, reporter.Reports.Count(d => d.Status == DeliveryStatus.Failed));
    }

    [Fact]
    public async Task Webhook_ReceiverFailsEveryOtherRequestWithQuickRetries_EachMessageAcceptedOnce()
    {
        await using var receiver = await Receiver.StartAsync();
        var outbox = new MemoryNotificationOutbox();
        using var host = await DeliveryHost.StartAsync(outbox, DeliveryHost.Fast(maxAttempts: 8, quickRetries: 2));
        var messages = Enumerable.Range(0, 20).Select(_ => Messages.To(Messages.Webhook(receiver.Url("hook/alternate")))).ToList();

        await outbox.EnqueueAsync(messages);
        var rows = await AllSettledAsync(outbox, messages);

        Assert.All(rows, r => Assert.Equal(DeliveryStatus.Sent, r.Status));
        var accepted = receiver.On("/hook/alternate").Where(r => r.Accepted).ToList();
        Assert.Equal(messages.Count, accepted.Count);
        Assert.Equal(messages.Count, accepted.Select(r => r.IdempotencyKey).Distinct().Count());
    }

    [Fact]
    public async Task Webhook_ReceiverAlwaysDown_DeadAfterMaxAttemptsWithLastError()
    {
        await using var receiver = await Receiver.StartAsync();
        var outbox = new MemoryNotificationOutbox();
        var reporter = new RecordingReporter();
        using var host = await DeliveryHost.StartAsync(outbox, DeliveryHost.Fast(maxAttempts: 4), reporter);
        var message = Messages.To(Messages.Webhook(receiver.Url("hook/down")));

        await outbox.EnqueueAsync([message]);
        var row = Assert.Single(await AllSettledAsync(outbox, [message]));

        Assert.Equal((DeliveryStatus.Dead, 4), (row.Status, row.Attempts));
        Assert.Contains("HTTP 500", row.LastError, StringComparison.Ordinal);
        Assert.Contains("failing on purpose", row.LastError, StringComparison.Ordinal);
        Assert.Null(row.SentAt);
        Assert.Equal(4, receiver.On("/hook/down").Count);
        Assert.Equal(DeliveryStatus.Dead, reporter.Reports.Last().Status);
    }

    [Fact]
    public async Task Webhook_WrongSecret_RefusedByTheReceiverAndDeadAtOnce()
    {
        await using var receiver = await Receiver.StartAsync();
        var outbox = new MemoryNotificationOutbox();
        using var host = await DeliveryHost.StartAsync(outbox, DeliveryHost.Fast(maxAttempts: 4));
        var message = Messages.To(Messages.Webhook(receiver.Url("hook/ok"), secret: "not-the-receivers"));

        await outbox.EnqueueAsync([message]);
        var row = Assert.Single(await AllSettledAsync(outbox, [message]));

        Assert.Equal((DeliveryStatus.Dead, 1), (row.Status, row.Attempts));
        Assert.Contains("HTTP 401", row.LastError, StringComparison.Ordinal);
        Assert.Equal(401, Assert.Single(receiver.On("/hook/ok")).Status);
    }

    [Fact]
    public async Task Webhook_Body_CarriesTheMessageAndItsAckLinks()
    {
        await using var receiver = await Receiver.StartAsync();
        var outbox = new MemoryNotificationOutbox();
        using var host = await DeliveryHost.StartAsync(outbox, DeliveryHost.Fast());
        var message = Messages.To(Messages.Webhook(receiver.Url("hook/ok")), NotificationReason.Escalated, items: 2);

        await outbox.EnqueueAsync([message]);
        await AllSettledAsync(outbox, [message]);

        var request = Assert.Single(receiver.On("/hook/ok"));
        var json = request.Json;
        Assert.Equal(message.IdempotencyKey, request.IdempotencyKey);
        Assert.Equal(message.DeliveryId, json.GetProperty("deliveryId").GetString());
        Assert.Equal(message.IdempotencyKey, json.GetProperty("idempotencyKey").GetString());
        Assert.Equal("t1", json.GetProperty("tenant").GetString());
        Assert.Equal("site-north", json.GetProperty("siteId").GetString());
        Assert.Equal(message.IncidentId, json.GetProperty("incidentId").GetString());
        Assert.Equal(2, json.GetProperty("tier").GetInt32());
        Assert.Equal("escalated", json.GetProperty("reason").GetString());
        Assert.Equal("Night desk", json.GetProperty("contact").GetProperty("name").GetString());
        var items = json.GetProperty("items");
        Assert.Equal(2, items.GetArrayLength());
        Assert.Equal(message.Items[1].AckUrl, items[1].GetProperty("ackUrl").GetString());
        Assert.Equal("critical", items[0].GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Worker_LeaseOfADeadWorkerLapses_AnotherWorkerDeliversItOnce()
    {
        await using var receiver = await Receiver.StartAsync();
        var outbox = new MemoryNotificationOutbox();
        var message = Messages.To(Messages.Webhook(receiver.Url("hook/ok")));
        await outbox.EnqueueAsync([message]);
        // A worker leased it for two seconds and died before sending.
        Assert.Single(await outbox.LeaseAsync(Guid.NewGuid(), 10, DateTimeOffset.UtcNow, TimeSpan.FromSeconds(2)));

        using var host = await DeliveryHost.StartAsync(outbox, DeliveryHost.Fast());
        var row = Assert.Single(await AllSettledAsync(outbox, [message]));

        Assert.Equal((DeliveryStatus.Sent, 1), (row.Status, row.Attempts));
        Assert.Single(receiver.On("/hook/ok"), r => r.Accepted && r.IdempotencyKey == message.IdempotencyKey);
    }

    internal static Task<Delivery[]> AllSettledAsync(INotificationOutbox outbox, IReadOnlyList<OutboundNotification> messages) =>
        Eventually.Until(
            async () => (await Task.WhenAll(messages.Select(m => outbox.GetAsync(m.Tenant, m.DeliveryId)))).Select(d => d!).ToArray(),
            rows => rows.All(r => r.Status is DeliveryStatus.Sent or DeliveryStatus.Dead),
            "every message sent or dead");
}
