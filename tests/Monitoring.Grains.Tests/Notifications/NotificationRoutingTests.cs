using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Notifications;
using Monitoring.Grains.Tests.Fixtures;
using static Monitoring.Grains.Tests.Notifications.NotifyScenario;

namespace Monitoring.Grains.Tests.Notifications;

/// <summary>Escalation tiers reach their contacts once each, at once; a contact over its rate limit gets what was held back in its next allowed message.</summary>
[Collection(NotificationCollection.Name)]
public sealed class NotificationRoutingTests(NotificationClusterFixture fixture)
{
    private readonly NotifyScenario _site = new(fixture);

    [Fact]
    public async Task Escalation_ThreeLevels_EachTierContactToldOnceAtItsTier()
    {
        _site.Seed(
            [Contact("op"), Contact("sup"), Contact("noc"), Contact("duty")],
            [Route((0, ["op"]), (1, ["sup"]), (2, ["noc"]), (3, ["duty"]))]);
        var t0 = _site.Now;
        var alertId = await _site.RaiseAsync(sla: TimeSpan.FromMinutes(5));

        await _site.AdvanceToAsync(t0.AddMinutes(5));
        var afterFirst = _site.Messages.Count;
        await _site.AdvanceToAsync(t0.AddMinutes(20));

        Assert.Equal(2, afterFirst);
        Assert.Equal(3, (await _site.Alert(alertId).GetAsync())!.EscalationLevel);
        Assert.Equal(NotificationReason.Firing, Assert.Single(_site.To("op")).Reason);
        foreach (var (contact, tier) in new[] { ("sup", 1), ("noc", 2), ("duty", 3) })
        {
            var message = Assert.Single(_site.To(contact));
            Assert.Equal(tier, message.Tier);
            Assert.Equal(NotificationReason.Escalated, message.Reason);
            Assert.Equal(alertId, Assert.Single(message.Items).AlertId);
            Assert.Equal(t0.AddMinutes(5 * tier), message.CreatedAt);
        }
        _site.NoRepeatedKeys();
    }

    [Fact]
    public async Task RateLimit_ContactOverItsLimit_HeldItemsArriveInOneDigest_NoneDropped()
    {
        var limited = Contact("op") with { RateLimitMessages = 2, RateLimitMinutes = 60 };
        _site.Seed([limited], [Route((0, ["op"])) with { GroupWaitS = 1, GroupIntervalS = 1 }]);
        var t0 = _site.Now;
        var alerts = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            await _site.AdvanceToAsync(t0.AddSeconds(10 * i));
            alerts.Add(await _site.RaiseAsync(guardId: "g" + i));
            await _site.LinkedAsync([alerts[^1]]);
            await _site.AdvanceToAsync(t0.AddSeconds((10 * i) + 2));
        }

        await _site.AdvanceToAsync(t0.AddMinutes(59));
        var withinTheHour = _site.Messages.Count;
        await _site.AdvanceToAsync(t0.AddMinutes(61));

        Assert.Equal(2, withinTheHour);
        Assert.Equal(3, _site.Messages.Count);
        var digest = _site.Messages[2];
        Assert.Equal([alerts[2], alerts[3]], digest.Items.Select(i => i.AlertId));
        Assert.Equal(alerts.Order(), _site.Messages.SelectMany(m => m.Items).Select(i => i.AlertId).Order());
        _site.NoRepeatedKeys();
    }

    [Fact]
    public async Task Firing_EmailItem_CarriesASignedAckLinkForThatContact()
    {
        _site.Seed([Contact("op")], [Route((0, ["op"]))]);
        var alertId = await _site.RaiseAsync();

        await _site.AdvanceAsync(TimeSpan.FromMinutes(1));

        var url = Assert.Single(_site.Messages).Items[0].AckUrl;
        Assert.NotNull(url);
        Assert.StartsWith("http://localhost:5000/api/v1/ack/", url, StringComparison.Ordinal);
        Assert.Equal(AckLinkVerdict.Valid, _site.Links.Verify(url[(url.LastIndexOf('/') + 1)..], out var claims));
        Assert.Equal((_site.Tenant, alertId, "op"), (claims!.Tenant, claims.AlertId, claims.ContactId));
        _site.NoRepeatedKeys();
    }

    [Fact]
    public async Task Acknowledge_NotifiedAlert_PagerDutyHearsIt_EmailDoesNot()
    {
        _site.Seed([Contact("pd", ChannelKind.Pagerduty, ChannelKind.Email)], [Route((0, ["pd"]))]);
        var alertId = await _site.RaiseAsync();
        await _site.AdvanceAsync(TimeSpan.FromMinutes(1));

        await _site.Alert(alertId).ActAsync(new Contracts.Alerts.AlertAction(AlertActionKind.Acknowledge, "op", null, null, null, null));
        var messages = await Eventually.ReachAsync(
            () => Task.FromResult(_site.Messages), m => m.Any(x => x.Reason == NotificationReason.Acknowledged), "No acknowledged message.");

        var acked = Assert.Single(messages, m => m.Reason == NotificationReason.Acknowledged);
        Assert.Equal(ChannelKind.Pagerduty, acked.Channel.Kind);
        Assert.Null(acked.Items[0].AckUrl);
        _site.NoRepeatedKeys();
    }
}
