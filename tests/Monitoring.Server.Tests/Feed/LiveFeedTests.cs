using System.Text.Json;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Feed;

[Collection(FeedCollection.Name)]
public sealed class LiveFeedTests(FeedHostFixture host)
{
    [Fact]
    public async Task SiteSubscriber_ReceivesGuardUpdate_WithEnvelopeShapeAndRestData()
    {
        var phone = new Phone(host);
        await using var client = await FeedClient.ConnectAsync(host, Keys.For(Keys.T1, Keys.Viewer));
        await client.SubscribeAsync(siteId: phone.SiteId);

        await phone.StartShiftAsync(await host.NowAsync());
        var envelope = await client.WaitForAsync(e =>
            e.GetProperty("type").GetString() == "guard_updated" && e.GetProperty("guardId").GetString() == phone.GuardId);

        Assert.Equal("t1", envelope.GetProperty("tenantId").GetString());
        Assert.Equal(phone.SiteId, envelope.GetProperty("siteId").GetString());
        Assert.True(envelope.GetProperty("seq").GetInt64() > 0);
        Assert.EndsWith("Z", envelope.GetProperty("at").GetString(), StringComparison.Ordinal);
        var data = envelope.GetProperty("data");
        Assert.Equal(phone.GuardId, data.GetProperty("guardId").GetString());
        Assert.True(data.GetProperty("onShift").GetBoolean());
        var rest = await phone.GuardAsync();
        Assert.Equal(rest.GetProperty("shiftStartedAt").GetString(), data.GetProperty("shiftStartedAt").GetString());
    }

    [Fact]
    public async Task GuardSubscriber_FreshShift_GuardUpdateIsWarmingUpWithoutSeverity()
    {
        var phone = new Phone(host);
        await using var client = await FeedClient.ConnectAsync(host, Keys.For(Keys.T1, Keys.Viewer));
        await client.SubscribeAsync(guardId: phone.GuardId);

        await phone.StartShiftAsync((await host.NowAsync()).AddMinutes(-8));
        var envelope = await client.WaitForAsync(e =>
            e.GetProperty("type").GetString() == "guard_updated" && e.GetProperty("guardId").GetString() == phone.GuardId);

        var data = envelope.GetProperty("data");
        Assert.Equal(8, data.GetProperty("warmingUp").GetProperty("minutes").GetInt32());
        Assert.Equal(30, data.GetProperty("warmingUp").GetProperty("of").GetInt32());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("severity").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("inactivityScore").ValueKind);
    }

    [Fact]
    public async Task BatchSubscriber_GetsOneArrayPerFlush_AndNoSingleEvents()
    {
        var siteId = Fresh.Id("site");
        await using var client = await FeedClient.ConnectAsync(host, Keys.For(Keys.T1, Keys.Viewer));
        await client.SubscribeAsync(siteId: siteId, batch: true);

        var now = await host.NowAsync();
        await host.Device().PostJsonAsync("api/v1/telemetry", new
        {
            events = Enumerable.Range(0, 5).Select(_ => new Phone(host) { SiteId = siteId }.ShiftStart(now)).ToArray(),
        });

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (client.Batches.Sum(b => b.Count(e => e.GetProperty("type").GetString() == "guard_updated")) < 5)
        {
            Assert.True(DateTime.UtcNow < deadline, "The batch did not arrive.");
            await Task.Delay(20);
        }

        Assert.Empty(client.Received);
        Assert.True(client.Batches.Count < 5 * 2, $"{client.Batches.Count} calls for 5 guards' updates: not batched");
        var seqs = client.Batches.SelectMany(b => b).Select(e => e.GetProperty("seq").GetInt64()).ToList();
        Assert.Equal(seqs.Order(), seqs);
    }

    [Fact]
    public async Task OtherTenant_NeverReceivesTheEnvelopes()
    {
        var phone = new Phone(host);
        await using var own = await FeedClient.ConnectAsync(host, Keys.For(Keys.T1, Keys.Viewer));
        await using var other = await FeedClient.ConnectAsync(host, Keys.For(Keys.T2, Keys.Viewer));
        await own.SubscribeAsync();
        await other.SubscribeAsync();
        await other.SubscribeAsync(siteId: phone.SiteId);

        await phone.StartShiftAsync(await host.NowAsync());
        await own.WaitForAsync(e => e.GetProperty("siteId").GetString() == phone.SiteId); // tenant-wide: the site's summary
        await Task.Delay(300);

        Assert.DoesNotContain(other.Received, e => e.GetProperty("tenantId").GetString() != "t2");
    }

    [Fact]
    public async Task RapidUpdates_AreCoalescedPerGuard()
    {
        var phone = new Phone(host);
        await using var client = await FeedClient.ConnectAsync(host, Keys.For(Keys.T1, Keys.Viewer));
        await client.SubscribeAsync(guardId: phone.GuardId);
        var now = await host.NowAsync();
        await phone.StartShiftAsync(now);

        var started = DateTime.UtcNow;
        for (var i = 0; i < 40; i++)
        {
            await phone.SendAsync(phone.Event("phone", now));
        }

        var elapsed = DateTime.UtcNow - started;
        await client.WaitForAsync(e => e.GetProperty("type").GetString() == "guard_updated"
            && e.GetProperty("data").GetProperty("window").GetProperty("phoneEvents").GetInt32() == 40);

        var updates = client.Of("guard_updated", phone.GuardId).Count();
        var allowed = 2 + (int)Math.Ceiling((elapsed.TotalMilliseconds + 300) / 250);
        Assert.InRange(updates, 1, allowed);
        Assert.True(updates < 40, $"{updates} guard_updated for 40 changes");
    }

    [Fact]
    public async Task Reconnect_CatchesUpFromEventsAfterLastSeq()
    {
        var phone = new Phone(host);
        await using (var first = await FeedClient.ConnectAsync(host, Keys.For(Keys.T1, Keys.Viewer)))
        {
            await first.SubscribeAsync(guardId: phone.GuardId);
            await phone.StartShiftAsync(await host.NowAsync());
            var seen = await first.WaitForAsync(e => e.GetProperty("guardId").GetString() == phone.GuardId);
            var lastSeq = seen.GetProperty("seq").GetInt64();

            await first.DisposeAsync();
            await phone.SendAsync(phone.Event("task", await host.NowAsync()));

            var missed = await PollEventsAsync(lastSeq, e => e.GetProperty("guardId").GetString() == phone.GuardId
                && e.GetProperty("data").TryGetProperty("window", out var w) && w.GetProperty("tasksCompleted").GetInt32() == 1);
            Assert.True(missed.GetProperty("seq").GetInt64() > lastSeq);
        }
    }

    private async Task<JsonElement> PollEventsAsync(long after, Func<JsonElement, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var page = await host.Viewer().GetJsonAsync($"api/v1/events?after={after}&limit=1000");
            var items = page.GetProperty("items").EnumerateArray().ToList();
            var seqs = items.Select(i => i.GetProperty("seq").GetInt64()).ToList();
            Assert.Equal(seqs.Order(), seqs);
            Assert.All(seqs, s => Assert.True(s > after));
            if (items.FirstOrDefault(match) is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("The missed envelope never appeared in /api/v1/events.");
    }
}
