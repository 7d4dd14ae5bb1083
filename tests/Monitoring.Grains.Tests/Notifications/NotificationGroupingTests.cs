using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Tests.Fixtures;
using static Monitoring.Grains.Tests.Notifications.NotifyScenario;

namespace Monitoring.Grains.Tests.Notifications;

/// <summary>
/// Alertmanager's grouping per incident: a new group's first message after the group wait, what joins a
/// notified group after the group interval, a group still firing again after the repeat interval, and
/// alerts linked to one incident during the wait in one message.
/// </summary>
[Collection(NotificationCollection.Name)]
public sealed class NotificationGroupingTests(NotificationClusterFixture fixture)
{
    private readonly NotifyScenario _site = new(fixture);

    [Fact]
    public async Task Raise_GroupWaitThenIntervalThenRepeat_MessagesAtThoseTimes()
    {
        _site.Seed([Contact("op")], [Route((0, ["op"])) with { GroupWaitS = 30, GroupIntervalS = 300, RepeatIntervalS = 3600 }]);
        var t0 = _site.Now;
        var first = await _site.RaiseAsync();
        await _site.LinkedAsync([first]);

        await _site.AdvanceToAsync(t0.AddSeconds(29));
        Assert.Empty(_site.Messages);
        await _site.AdvanceToAsync(t0.AddSeconds(30));
        var opening = Assert.Single(_site.Messages);

        await _site.AdvanceToAsync(t0.AddSeconds(60));
        var second = await _site.RaiseAsync();
        await _site.LinkedAsync([second]);
        await _site.AdvanceToAsync(t0.AddSeconds(329));
        Assert.Single(_site.Messages);
        await _site.AdvanceToAsync(t0.AddSeconds(330));
        Assert.Equal(2, _site.Messages.Count);
        var joined = _site.Messages[1];

        await _site.AdvanceToAsync(t0.AddSeconds(330 + 3599));
        Assert.Equal(2, _site.Messages.Count);
        await _site.AdvanceToAsync(t0.AddSeconds(330 + 3600));
        var repeat = _site.Messages[^1];

        Assert.Equal(NotificationReason.Firing, opening.Reason);
        Assert.Equal([first], opening.Items.Select(i => i.AlertId));
        Assert.Equal([second], joined.Items.Select(i => i.AlertId));
        Assert.Equal(3, _site.Messages.Count);
        Assert.Equal(NotificationReason.Repeat, repeat.Reason);
        Assert.Equal(new[] { first, second }.Order(), repeat.Items.Select(i => i.AlertId).Order());
        _site.NoRepeatedKeys();
    }

    [Fact]
    public async Task Raise_TwoAlertsLinkedDuringTheWait_OneMessageForTheIncident()
    {
        _site.Seed([Contact("op")], [Route((0, ["op"]))]);
        var t0 = _site.Now;
        var first = await _site.RaiseAsync(guardId: "g1");
        await _site.AdvanceToAsync(t0.AddSeconds(10));
        var second = await _site.RaiseAsync(guardId: "g2");
        var incidents = await _site.LinkedAsync([first, second]);

        await _site.AdvanceToAsync(t0.AddSeconds(45));

        var message = Assert.Single(_site.Messages);
        Assert.Equal(new[] { first, second }, message.Items.Select(i => i.AlertId));
        Assert.Equal(Assert.Single(incidents), message.IncidentId);
        _site.NoRepeatedKeys();
    }

    [Fact]
    public async Task Storm_500AlertsInAMinute_AHandfulOfMessagesPerContact_EachAlertOncePerContact()
    {
        string[] contacts = ["op1", "op2", "op3"];
        _site.Seed([.. contacts.Select(c => Contact(c, ChannelKind.Email, ChannelKind.Webhook))], [Route((0, contacts))]);
        var t0 = _site.Now;
        var alerts = new List<string>();
        for (var batch = 0; batch < 10; batch++)
        {
            await _site.AdvanceToAsync(t0.AddSeconds(batch * 6));
            var raised = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => _site.RaiseAsync(guardId: $"g{batch}-{i}", deviceId: $"d{batch}-{i}")));
            alerts.AddRange(raised);
            await _site.LinkedAsync(raised);
        }

        await _site.AdvanceToAsync(t0.AddMinutes(10));

        foreach (var contact in contacts)
        {
            var messages = _site.To(contact).Where(m => m.Channel.Kind == ChannelKind.Email).ToList();
            Assert.InRange(messages.Count, 1, 3);
            var told = messages.SelectMany(m => m.Items.Select(i => i.AlertId)).ToList();
            Assert.Equal(alerts.Order(), told.Order());
        }

        _site.NoRepeatedKeys();
    }
}
