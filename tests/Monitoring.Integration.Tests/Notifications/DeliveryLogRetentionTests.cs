using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;
using Monitoring.Integration.Tests.Postgres;
using Monitoring.Notifications.Tests.Support;

namespace Monitoring.Integration.Tests.Notifications;

/// <summary>
/// The delivery log's retention and its one-read-for-many-alerts query, the same on the embedded
/// default's outbox and on PostgreSQL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DeliveryLogRetentionTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset Cutoff = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly ContactChannel Hook = new() { Kind = ChannelKind.Webhook, Url = "http://127.0.0.1:9/hook" };

    [Theory]
    [InlineData("memory")]
    [InlineData("postgres")]
    public async Task DeleteSettledBefore_OldAndRecentSentDeadFailedPendingAndLeased_DeletesOnlyTheOldSettled(string kind)
    {
        await using var stores = await DeliveryLogStores.OpenAsync(kind, postgres, "delivery_retention");
        var outbox = stores.Outbox;
        var old = Cutoff.AddDays(-10);
        var names = new[] { "sent-old", "dead-old", "sent-recent", "failed-old", "leased-old" };
        var messages = names.ToDictionary(n => n, _ => Messages.To(Hook) with { CreatedAt = old });
        await outbox.EnqueueAsync([.. messages.Values]);
        var lease = Guid.NewGuid();
        Assert.Equal(5, (await outbox.LeaseAsync(lease, 10, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5))).Count);
        await outbox.RecordAttemptAsync(messages["sent-old"].DeliveryId, lease, DeliveryAttempt.Sent(old.AddMinutes(1)));
        await outbox.RecordAttemptAsync(messages["dead-old"].DeliveryId, lease, DeliveryAttempt.Dead(old.AddMinutes(2), "HTTP 410"));
        await outbox.RecordAttemptAsync(messages["sent-recent"].DeliveryId, lease, DeliveryAttempt.Sent(Cutoff.AddHours(1)));
        await outbox.RecordAttemptAsync(messages["failed-old"].DeliveryId, lease, DeliveryAttempt.Failed(old.AddMinutes(3), "HTTP 503", DateTimeOffset.UtcNow.AddHours(1)));
        var pending = Messages.To(Hook) with { CreatedAt = old };
        await outbox.EnqueueAsync([pending]);

        var deleted = await outbox.DeleteSettledBeforeAsync(Cutoff);

        Assert.Equal(2, deleted);
        var left = (await outbox.QueryAsync("t1", new DeliveryQuery(null, null, null, 50, null))).Items.Select(d => d.DeliveryId).ToHashSet();
        Assert.Equal(
            new[] { messages["sent-recent"].DeliveryId, messages["failed-old"].DeliveryId, messages["leased-old"].DeliveryId, pending.DeliveryId }.ToHashSet(),
            left);
        Assert.Equal(0, await outbox.DeleteSettledBeforeAsync(Cutoff));
    }

    [Theory]
    [InlineData("memory")]
    [InlineData("postgres")]
    public async Task QueryByAlerts_ThreeAlertsAndAnotherTenant_TheNewestPerAlertOnceEachOldestFirst(string kind)
    {
        await using var stores = await DeliveryLogStores.OpenAsync(kind, postgres, "delivery_by_alerts");
        var outbox = stores.Outbox;
        var t0 = new DateTimeOffset(2026, 12, 5, 2, 0, 0, TimeSpan.Zero);
        var prefix = "alr_" + Guid.NewGuid().ToString("N")[..8];
        // Three deliveries about alert _0 alone, one about _0 and _1 together, one about _2; a
        // delivery about another alert and one of another tenant with the same alert id.
        var messages = new List<OutboundNotification>();
        for (var i = 0; i < 3; i++)
        {
            messages.Add(Messages.To(Hook, alertPrefix: prefix) with { CreatedAt = t0.AddMinutes(i) });
        }

        var both = Messages.To(Hook, items: 2, alertPrefix: prefix) with { CreatedAt = t0.AddMinutes(5) };
        var third = Messages.To(Hook, alertPrefix: prefix + "x") with { CreatedAt = t0.AddMinutes(6) };
        var unrelated = Messages.To(Hook) with { CreatedAt = t0.AddMinutes(7) };
        var otherTenant = Messages.To(Hook, tenant: "t2", alertPrefix: prefix) with { CreatedAt = t0.AddMinutes(8) };
        await outbox.EnqueueAsync([.. messages, both, third, unrelated, otherTenant]);
        string[] alerts = [prefix + "_0", prefix + "_1", prefix + "x_0"];

        var all = await outbox.QueryByAlertsAsync("t1", alerts, perAlert: 50);
        var newestTwo = await outbox.QueryByAlertsAsync("t1", alerts, perAlert: 2);

        Assert.Equal([messages[0].DeliveryId, messages[1].DeliveryId, messages[2].DeliveryId, both.DeliveryId, third.DeliveryId],
            all.Select(d => d.DeliveryId));
        // _0: its two newest (both, messages[2]); _1: both (once); _2: third.
        Assert.Equal([messages[2].DeliveryId, both.DeliveryId, third.DeliveryId], newestTwo.Select(d => d.DeliveryId));
        Assert.Empty(await outbox.QueryByAlertsAsync("t1", [], perAlert: 50));
    }
}
