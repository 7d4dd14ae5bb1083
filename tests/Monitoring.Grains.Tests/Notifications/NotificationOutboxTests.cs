using Monitoring.Grains.Tests.Fixtures;
using static Monitoring.Grains.Tests.Notifications.NotifyScenario;

namespace Monitoring.Grains.Tests.Notifications;

/// <summary>The flush is planned and written before it is queued: an outbox that fails is tried again with the same messages, none lost, none doubled.</summary>
[Collection(NotificationCollection.Name)]
public sealed class NotificationOutboxTests(NotificationClusterFixture fixture)
{
    private readonly NotifyScenario _site = new(fixture);

    [Fact]
    public async Task Flush_OutboxFailsOnce_QueuedOnTheNextRun_ExactlyOnce()
    {
        _site.Seed([Contact("op"), Contact("sup")], [Route((0, ["op", "sup"]))]);
        var alertId = await _site.RaiseAsync();
        fixture.Outbox.FailNext(_site.Tenant);

        // The failed call stores nothing (the outbox fails before storing); whether the notifier's
        // retry has already queued the flush when the scheduler reports the failure is a race, so
        // what counts is that the failure happened once and the flush arrived exactly once.
        await Assert.ThrowsAnyAsync<Exception>(() => _site.AdvanceAsync(TimeSpan.FromMinutes(1)));
        await _site.Notifier.PolicyChangedAsync(2);
        await Eventually.ReachAsync(() => Task.FromResult(_site.Messages.Count), n => n == 2, "The planned flush was never queued again.");
        await _site.AdvanceAsync(TimeSpan.FromMinutes(10));

        Assert.Equal(1, fixture.Outbox.FailuresOf(_site.Tenant));
        Assert.Equal(["op", "sup"], _site.Messages.Select(m => m.ContactId).Order());
        Assert.All(_site.Messages, m => Assert.Equal(alertId, Assert.Single(m.Items).AlertId));
        _site.NoRepeatedKeys();
    }
}
