using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;
using Monitoring.Integration.Tests.Postgres;
using Monitoring.Notifications.Tests.Support;
using Monitoring.Persistence;
using Monitoring.Persistence.Notifications;

namespace Monitoring.Integration.Tests.Notifications;

/// <summary>
/// The PostgreSQL outbox on a real server: one row per idempotency key, disjoint leases for workers
/// leasing at once, a lapsed lease taken over by another worker, messages that outlive the host
/// that queued them, and the delivery log's filters.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresOutboxTests(PostgresFixture postgres)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);
    private static readonly ContactChannel Hook = new() { Kind = ChannelKind.Webhook, Url = "http://127.0.0.1:9/hook", Secret = "s3cret" };

    [Fact]
    public async Task Enqueue_SameKeyTwice_StoredOnceWithTheSecretOutOfTheJson()
    {
        var db = await postgres.CreateDatabaseAsync("outbox_key");
        await using var source = PostgresStore.Create(db);
        var outbox = new PostgresNotificationOutbox(source);
        var first = Messages.To(Hook, key: "same-key");

        await outbox.EnqueueAsync([first]);
        await outbox.EnqueueAsync([Messages.To(Hook, key: "same-key"), first]);

        Assert.Equal(1L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM notification_outbox"));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM notification_outbox WHERE message LIKE '%s3cret%'"));
        var leased = Assert.Single(await outbox.LeaseAsync(Guid.NewGuid(), 10, DateTimeOffset.UtcNow, Lease));
        Assert.Equal((first.DeliveryId, first.IdempotencyKey, first.Channel, first.CreatedAt), (leased.Message.DeliveryId, leased.Message.IdempotencyKey, leased.Message.Channel, leased.Message.CreatedAt));
        Assert.Equal(first.Items.ToArray(), leased.Message.Items.ToArray());
        Assert.Equal("s3cret", leased.Message.Channel.Secret);
        Assert.Equal((DeliveryStatus.Pending, 0), (leased.Delivery.Status, leased.Delivery.Attempts));
    }

    [Fact]
    public async Task Lease_TwoWorkersAtOnce_DisjointBatches()
    {
        var db = await postgres.CreateDatabaseAsync("outbox_skip");
        await using var a = PostgresStore.Create(db);
        await using var b = PostgresStore.Create(db);
        var messages = Enumerable.Range(0, 40).Select(_ => Messages.To(Hook)).ToList();
        await new PostgresNotificationOutbox(a).EnqueueAsync(messages);
        var now = DateTimeOffset.UtcNow;

        var leases = await Task.WhenAll(
            new PostgresNotificationOutbox(a).LeaseAsync(Guid.NewGuid(), 25, now, Lease),
            new PostgresNotificationOutbox(b).LeaseAsync(Guid.NewGuid(), 25, now, Lease));

        var ids = leases.SelectMany(l => l.Select(x => x.Message.DeliveryId)).ToList();
        Assert.Equal(40, ids.Count);
        Assert.Equal(40, ids.Distinct().Count());
    }

    [Fact]
    public async Task Lease_WorkerDiedHoldingIt_AnotherWorkerDeliversItOnceAndTheDeadLeaseIsIgnored()
    {
        var db = await postgres.CreateDatabaseAsync("outbox_lapse");
        await using var receiver = await Receiver.StartAsync();
        await using var dying = PostgresStore.Create(db);
        var message = Messages.To(Messages.Webhook(receiver.Url("hook/ok")));
        var deadLease = Guid.NewGuid();
        await new PostgresNotificationOutbox(dying).EnqueueAsync([message]);
        Assert.Single(await new PostgresNotificationOutbox(dying).LeaseAsync(deadLease, 10, DateTimeOffset.UtcNow, TimeSpan.FromSeconds(2)));

        await using var survivor = PostgresStore.Create(db);
        var outbox = new PostgresNotificationOutbox(survivor);
        using (await DeliveryHost.StartAsync(outbox, DeliveryHost.Fast()))
        {
            var row = await SettledAsync(outbox, message);
            Assert.Equal((DeliveryStatus.Sent, 1), (row.Status, row.Attempts));
        }

        Assert.Null(await new PostgresNotificationOutbox(dying).RecordAttemptAsync(
            message.DeliveryId, deadLease, DeliveryAttempt.Failed(DateTimeOffset.UtcNow, "late", DateTimeOffset.UtcNow)));
        Assert.Single(receiver.On("/hook/ok"), r => r.Accepted && r.IdempotencyKey == message.IdempotencyKey);
        Assert.Equal("sent", await Sql.ScalarAsync<string>(db, "SELECT status FROM notification_outbox"));
    }

    [Fact]
    public async Task Outbox_HostStoppedBeforeSending_ANewHostDeliversEveryMessageOnce()
    {
        var db = await postgres.CreateDatabaseAsync("outbox_restart");
        await using var receiver = await Receiver.StartAsync();
        var messages = Enumerable.Range(0, 6).Select(_ => Messages.To(Messages.Webhook(receiver.Url("hook/flaky1")))).ToList();
        await using (var before = PostgresStore.Create(db))
        {
            // The first host queues and stops before its worker sends anything: its worker has
            // looked once, found nothing, and would look again only in an hour.
            var options = DeliveryHost.Fast();
            options.Poll = TimeSpan.FromHours(1);
            var watched = new LeaseWatch(new PostgresNotificationOutbox(before));
            using var host = await DeliveryHost.StartAsync(watched, options);
            await watched.FirstLease.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await new PostgresNotificationOutbox(before).EnqueueAsync(messages);
            await host.StopAsync();
        }

        Assert.Equal(6L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM notification_outbox WHERE status = 'pending' AND attempts = 0"));
        await using var after = PostgresStore.Create(db);
        var outbox = new PostgresNotificationOutbox(after);
        using (await DeliveryHost.StartAsync(outbox, DeliveryHost.Fast()))
        {
            foreach (var message in messages)
            {
                var row = await SettledAsync(outbox, message);
                Assert.Equal((DeliveryStatus.Sent, 2, "HTTP 500"), (row.Status, row.Attempts, row.LastError?[..8]));
            }
        }

        var accepted = receiver.On("/hook/flaky1").Where(r => r.Accepted).ToList();
        Assert.Equal(messages.Select(m => m.IdempotencyKey).Order(), accepted.Select(r => r.IdempotencyKey).Order());
    }

    [Fact]
    public async Task Workers_TwoHostsOnOneOutboxWithAFlakyReceiver_EachMessageAcceptedOnce()
    {
        var db = await postgres.CreateDatabaseAsync("outbox_two");
        await using var receiver = await Receiver.StartAsync();
        await using var a = PostgresStore.Create(db);
        await using var b = PostgresStore.Create(db);
        var messages = Enumerable.Range(0, 30).Select(_ => Messages.To(Messages.Webhook(receiver.Url("hook/flaky1")))).ToList();
        using var first = await DeliveryHost.StartAsync(new PostgresNotificationOutbox(a), DeliveryHost.Fast());
        using var second = await DeliveryHost.StartAsync(new PostgresNotificationOutbox(b), DeliveryHost.Fast());

        await new PostgresNotificationOutbox(a).EnqueueAsync(messages);
        foreach (var message in messages)
        {
            Assert.Equal(DeliveryStatus.Sent, (await SettledAsync(new PostgresNotificationOutbox(a), message)).Status);
        }

        var requests = receiver.On("/hook/flaky1");
        Assert.Equal(60, requests.Count);
        var accepted = requests.Where(r => r.Accepted).GroupBy(r => r.IdempotencyKey).ToList();
        Assert.Equal(30, accepted.Count);
        Assert.All(accepted, g => Assert.Single(g));
    }

    [Fact]
    public async Task Query_Filters_ByAlertContactStatusAndPagesNewestFirst()
    {
        var db = await postgres.CreateDatabaseAsync("outbox_log");
        await using var source = PostgresStore.Create(db);
        var outbox = new PostgresNotificationOutbox(source);
        var now = new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);
        var messages = Enumerable.Range(0, 5)
            .Select(i => Messages.To(Hook, tenant: "tq", contactId: i % 2 == 0 ? "ct_even" : "ct_odd") with { CreatedAt = now.AddMinutes(i) })
            .ToList();
        await outbox.EnqueueAsync([.. messages, Messages.To(Hook, tenant: "other")]);
        var lease = Guid.NewGuid();
        await outbox.LeaseAsync(lease, 10, DateTimeOffset.UtcNow, Lease);
        await outbox.RecordAttemptAsync(messages[3].DeliveryId, lease, DeliveryAttempt.Dead(now.AddMinutes(9), "HTTP 400"));
        await outbox.RecordAttemptAsync(messages[2].DeliveryId, lease, DeliveryAttempt.Failed(now.AddMinutes(9), "HTTP 503", DateTimeOffset.UtcNow.AddMinutes(1)));

        var first = await outbox.QueryAsync("tq", new DeliveryQuery(null, null, null, 2, null));
        var second = await outbox.QueryAsync("tq", new DeliveryQuery(null, null, null, 2, first.NextCursor));
        var third = await outbox.QueryAsync("tq", new DeliveryQuery(null, null, null, 2, second.NextCursor));
        var byAlert = await outbox.QueryAsync("tq", new DeliveryQuery(messages[1].Items[0].AlertId, null, null, 50, null));
        var byContact = await outbox.QueryAsync("tq", new DeliveryQuery(null, "ct_even", null, 50, null));
        var dead = await outbox.QueryAsync("tq", new DeliveryQuery(null, null, DeliveryStatus.Dead, 50, null));
        var failed = await outbox.GetAsync("tq", messages[2].DeliveryId);

        Assert.Equal(
            messages.Select(m => m.DeliveryId).Reverse(),
            first.Items.Concat(second.Items).Concat(third.Items).Select(d => d.DeliveryId));
        Assert.Null(third.NextCursor);
        Assert.Equal(messages[1].DeliveryId, Assert.Single(byAlert.Items).DeliveryId);
        Assert.Equal([messages[4].DeliveryId, messages[2].DeliveryId, messages[0].DeliveryId], byContact.Items.Select(d => d.DeliveryId));
        var deadRow = Assert.Single(dead.Items);
        Assert.Equal((messages[3].DeliveryId, 1, "HTTP 400", now.AddMinutes(9)), (deadRow.DeliveryId, deadRow.Attempts, deadRow.LastError, deadRow.UpdatedAt));
        Assert.Equal((DeliveryStatus.Failed, "HTTP 503"), (failed!.Status, failed.LastError));
        Assert.Null(await outbox.GetAsync("other", messages[0].DeliveryId));
        Assert.Empty(await outbox.LeaseAsync(Guid.NewGuid(), 10, DateTimeOffset.UtcNow, Lease));
    }

    private static Task<Delivery> SettledAsync(INotificationOutbox outbox, OutboundNotification message) =>
        Eventually.Until(
            async () => (await outbox.GetAsync(message.Tenant, message.DeliveryId))!,
            d => d.Status is DeliveryStatus.Sent or DeliveryStatus.Dead,
            $"{message.DeliveryId} sent or dead");

    private sealed class LeaseWatch(INotificationOutbox inner) : INotificationOutbox
    {
        public TaskCompletionSource FirstLease { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task EnqueueAsync(IReadOnlyList<OutboundNotification> messages, CancellationToken cancellationToken = default) =>
            inner.EnqueueAsync(messages, cancellationToken);

        public Task<DeliveryPage> QueryAsync(string tenant, DeliveryQuery query, CancellationToken cancellationToken = default) =>
            inner.QueryAsync(tenant, query, cancellationToken);

        public Task<Delivery?> GetAsync(string tenant, string deliveryId, CancellationToken cancellationToken = default) =>
            inner.GetAsync(tenant, deliveryId, cancellationToken);

        public Task<IReadOnlyList<Delivery>> QueryByAlertsAsync(
            string tenant, IReadOnlyCollection<string> alertIds, int perAlert, CancellationToken cancellationToken = default) =>
            inner.QueryByAlertsAsync(tenant, alertIds, perAlert, cancellationToken);

        public Task<long> DeleteSettledBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
            inner.DeleteSettledBeforeAsync(cutoff, cancellationToken);

        public async Task<IReadOnlyList<LeasedNotification>> LeaseAsync(
            Guid leaseId, int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
        {
            var leased = await inner.LeaseAsync(leaseId, max, now, lease, cancellationToken);
            FirstLease.TrySetResult();
            return leased;
        }

        public Task<Delivery?> RecordAttemptAsync(string deliveryId, Guid leaseId, DeliveryAttempt attempt, CancellationToken cancellationToken = default) =>
            inner.RecordAttemptAsync(deliveryId, leaseId, attempt, cancellationToken);
    }
}
