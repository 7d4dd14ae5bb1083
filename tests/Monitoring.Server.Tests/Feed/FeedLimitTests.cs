using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Server.Feed;
using Monitoring.Server.Hubs;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Feed;

/// <summary>The hub's limits over real WebSockets (three subscriptions per connection on this host; tenant t1 is this class's).</summary>
[Collection(LimitsCollection.Name)]
public sealed class FeedLimitTests(LimitsHostFixture host)
{
    private static readonly string ViewerKey = Keys.For(Keys.T1, Keys.Viewer);

    [Fact]
    public async Task Subscribe_BeyondTheCap_ErrorAndNothingSubscribed()
    {
        await using var client = await FeedClient.ConnectAsync(host, ViewerKey);
        var guards = Enumerable.Range(0, LimitsHostFixture.SubscriptionsPerConnection).Select(_ => Fresh.Id("guard")).ToList();
        foreach (var guardId in guards)
        {
            await client.SubscribeAsync(guardId: guardId);
        }

        var refused = await Assert.ThrowsAsync<HubException>(() => client.SubscribeAsync(guardId: Fresh.Id("guard")));
        Assert.Contains("subscriptions: at most 3 per connection", refused.Message, StringComparison.Ordinal);

        // The refused subscription took no slot: one freed slot admits exactly one more.
        var leaving = Fresh.Id("guard");
        await Assert.ThrowsAsync<HubException>(() => client.SubscribeAsync(guardId: leaving));
        await client.UnsubscribeAsync(guardId: guards[0]);
        await client.SubscribeAsync(guardId: leaving);
    }

    [Fact]
    public async Task Subscribe_SameGroupTwice_TakesOneSlot()
    {
        await using var client = await FeedClient.ConnectAsync(host, ViewerKey);
        var guardId = Fresh.Id("guard");
        for (var i = 0; i < LimitsHostFixture.SubscriptionsPerConnection + 2; i++)
        {
            await client.SubscribeAsync(guardId: guardId);
        }

        await client.SubscribeAsync(siteId: Fresh.Id("site"));
    }

    [Fact]
    public async Task StalledClient_DoesNotHoldUpAnotherClientsEventsAndIsDropped()
    {
        var relay = host.Services.GetRequiredService<FeedRelay>();
        var floodSite = Fresh.Id("site");
        var markerSite = Fresh.Id("site");
        await using var stalled = await StalledClient.ConnectAsync(
            host, ViewerKey, new { siteId = floodSite, batch = false }, new { siteId = floodSite, batch = true });
        await using var healthy = await FeedClient.ConnectAsync(host, ViewerKey);
        await healthy.SubscribeAsync(siteId: markerSite);

        var now = await host.NowAsync();
        var flood = Enumerable.Range(0, 200).Select(_ => new Phone(host) { SiteId = floodSite }).ToList();
        await flood[0].SendAsync([.. flood.Select(p => p.ShiftStart(now))]);

        // Flood the stalled client's site until sends to it pile up (its buffers are full; a healthy
        // client's write may wait a moment too, but not a hundred of them): else the test proves nothing.
        var floodUntil = DateTime.UtcNow.AddSeconds(90);
        while (relay.WaitingSends < 100)
        {
            Assert.True(DateTime.UtcNow < floodUntil, "The stalled client's buffers never filled: the test proves nothing.");
            await flood[0].SendAsync([.. flood.Select(p => p.Event("phone", now))]);
        }

        // From here the oldest waiting send has at most the send timeout left. A relay that waited
        // on it in line would deliver the healthy client's events only once that wait was over; ours
        // must deliver them well before (a relay that awaited its sends failed here).
        var waitingSince = DateTime.UtcNow;
        var markers = Enumerable.Range(0, 20).Select(_ => new Phone(host) { SiteId = markerSite }).ToList();
        await markers[0].SendAsync([.. markers.Select(p => p.ShiftStart(now))]);

        var deadline = waitingSince + LimitsHostFixture.SendTimeout - TimeSpan.FromSeconds(5);
        foreach (var marker in markers)
        {
            while (!healthy.Of("guard_updated", marker.GuardId).Any())
            {
                Assert.True(DateTime.UtcNow < deadline,
                    $"{healthy.Received.Count} envelopes reached the healthy client; guard {marker.GuardId}'s did not before the stalled sends' timeout.");
                await Task.Delay(50);
            }
        }

        // Not reading at all now: the next write that waits past the send timeout (or, sooner, below
        // Kestrel's minimum response data rate) drops it. Sends keep coming, as on a live feed.
        await stalled.StopReadingAsync();
        var membership = host.Services.GetRequiredService<GroupMembership>();
        var dropBy = DateTime.UtcNow + LimitsHostFixture.SendTimeout + TimeSpan.FromSeconds(60);
        while (membership.HasMembers(HubGroups.Site(Keys.T1, floodSite)))
        {
            Assert.True(DateTime.UtcNow < dropBy, "The server kept the client that read nothing.");
            await flood[0].SendAsync([.. flood.Select(p => p.Event("phone", now))]);
            await Task.Delay(200);
        }

        Assert.True(await stalled.ReadToEndAsync(TimeSpan.FromSeconds(60)), "The dropped client's connection did not end.");
    }
}
