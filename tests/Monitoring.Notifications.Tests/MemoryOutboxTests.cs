using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;
using Monitoring.Grains.Storage.Memory;
using Monitoring.Notifications.Tests.Support;

namespace Monitoring.Notifications.Tests;

public sealed class MemoryOutboxTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);
    private static readonly ContactChannel Hook = new() { Kind = ChannelKind.Webhook, Url = "http://127.0.0.1:9/hook", Secret = "s" };

    [Fact]
    public async Task Enqueue_SameKeyTwice_StoredOnce()
    {
        var outbox = new MemoryNotificationOutbox();
        var first = Messages.To(Hook, key: "same-key");
        var again = Messages.To(Hook, key: "same-key");

        await outbox.EnqueueAsync([first]);
        await outbox.EnqueueAsync([again, first]);

        var page = await outbox.QueryAsync("t1", new DeliveryQuery(null, null, null, 50, null));
        Assert.Equal(first.DeliveryId, Assert.Single(page.Items).DeliveryId);
        Assert.Single(await outbox.LeaseAsync(Guid.NewGuid(), 10, Now, Lease));
    }

    [Fact]
    public async Task Lease_HeldByAWorker_NotLeasedTwice()
    {
        var outbox = new MemoryNotificationOutbox();
        await outbox.EnqueueAsync([Messages.To(Hook), Messages.To(Hook)]);

        var a = await outbox.LeaseAsync(Guid.NewGuid(), 1, Now, Lease);
        var b = await outbox.LeaseAsync(Guid.NewGuid(), 10, Now, Lease);
        var c = await outbox.LeaseAsync(Guid.NewGuid(), 10, Now, Lease);

        Assert.Single(a);
        Assert.NotEqual(a[0].Message.DeliveryId, Assert.Single(b).Message.DeliveryId);
        Assert.Empty(c);
    }

    [Fact]
    public async Task Lease_LapsedLease_LeasedAgainAndTheDeadWorkersRecordIgnored()
    {
        var outbox = new MemoryNotificationOutbox();
        var message = Messages.To(Hook);
        await outbox.EnqueueAsync([message]);
        var dead = Guid.NewGuid();
        await outbox.LeaseAsync(dead, 10, Now, Lease);

        var early = await outbox.LeaseAsync(Guid.NewGuid(), 10, Now + Lease - TimeSpan.FromSeconds(1), Lease);
        var survivor = Guid.NewGuid();
        var taken = await outbox.LeaseAsync(survivor, 10, Now + Lease, Lease);
        var stale = await outbox.RecordAttemptAsync(message.DeliveryId, dead, DeliveryAttempt.Sent(Now));
        var recorded = await outbox.RecordAttemptAsync(message.DeliveryId, survivor, DeliveryAttempt.Sent(Now));

        Assert.Empty(early);
        Assert.Equal(message.DeliveryId, Assert.Single(taken).Message.DeliveryId);
        Assert.Null(stale);
        Assert.Equal(DeliveryStatus.Sent, recorded?.Status);
        Assert.Equal(1, recorded?.Attempts);
    }

    [Fact]
    public async Task RecordAttempt_Failed_DueAgainOnlyAtItsNextAttempt()
    {
        var outbox = new MemoryNotificationOutbox();
        var message = Messages.To(Hook);
        await outbox.EnqueueAsync([message]);
        var lease = Guid.NewGuid();
        await outbox.LeaseAsync(lease, 10, Now, Lease);

        var row = await outbox.RecordAttemptAsync(message.DeliveryId, lease, DeliveryAttempt.Failed(Now, "HTTP 500", Now.AddSeconds(5)));

        Assert.Equal((DeliveryStatus.Failed, 1, "HTTP 500"), (row!.Status, row.Attempts, row.LastError));
        Assert.Empty(await outbox.LeaseAsync(Guid.NewGuid(), 10, Now.AddSeconds(4), Lease));
        Assert.Single(await outbox.LeaseAsync(Guid.NewGuid(), 10, Now.AddSeconds(5), Lease));
    }

    [Fact]
    public async Task Query_Filters_ByAlertContactStatusAndPagesNewestFirst()
    {
        var outbox = new MemoryNotificationOutbox();
        var tenant = "t-" + Guid.NewGuid().ToString("N")[..8];
        var messages = Enumerable.Range(0, 5)
            .Select(i => Messages.To(Hook, tenant: tenant, contactId: i % 2 == 0 ? "ct_even" : "ct_odd") with { CreatedAt = Now.AddMinutes(i) })
            .ToList();
        await outbox.EnqueueAsync(messages);
        await outbox.EnqueueAsync([Messages.To(Hook, tenant: "someone-else")]);
        var lease = Guid.NewGuid();
        await outbox.LeaseAsync(lease, 10, Now, Lease);
        await outbox.RecordAttemptAsync(messages[3].DeliveryId, lease, DeliveryAttempt.Dead(Now, "HTTP 400"));

        var first = await outbox.QueryAsync(tenant, new DeliveryQuery(null, null, null, 2, null));
        var second = await outbox.QueryAsync(tenant, new DeliveryQuery(null, null, null, 2, first.NextCursor));
        var third = await outbox.QueryAsync(tenant, new DeliveryQuery(null, null, null, 2, second.NextCursor));
        var byAlert = await outbox.QueryAsync(tenant, new DeliveryQuery(messages[1].Items[0].AlertId, null, null, 50, null));
        var byContact = await outbox.QueryAsync(tenant, new DeliveryQuery(null, "ct_even", null, 50, null));
        var dead = await outbox.QueryAsync(tenant, new DeliveryQuery(null, null, DeliveryStatus.Dead, 50, null));

        Assert.Equal(
            messages.Select(m => m.DeliveryId).Reverse(),
            first.Items.Concat(second.Items).Concat(third.Items).Select(d => d.DeliveryId));
        Assert.Null(third.NextCursor);
        Assert.Equal(messages[1].DeliveryId, Assert.Single(byAlert.Items).DeliveryId);
        Assert.Equal([messages[4].DeliveryId, messages[2].DeliveryId, messages[0].DeliveryId], byContact.Items.Select(d => d.DeliveryId));
        Assert.Equal(messages[3].DeliveryId, Assert.Single(dead.Items).DeliveryId);
        Assert.Null(await outbox.GetAsync("someone-else", messages[0].DeliveryId));
    }
}
