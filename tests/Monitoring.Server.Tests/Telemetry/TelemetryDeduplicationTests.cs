using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Telemetry;

/// <summary>(deviceId, seq) counts once however it is replayed; late events count in their own time slot.</summary>
[Collection(ApiCollection.Name)]
public sealed class TelemetryDeduplicationTests(ApiHostFixture host)
{
    [Fact]
    public async Task Telemetry_SameSeqTwiceInOneBatch_CountsOnce()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var shift = phone.ShiftStart(now.AddMinutes(-5));
        var call = phone.Event("phone", now.AddMinutes(-1));

        var result = await phone.SendAsync(shift, call, call, phone.Event("phone", now), shift);

        Assert.Equal(3, result.Int("accepted"));
        Assert.Equal(2, result.Int("duplicates"));
        Assert.Equal(2, (await phone.GuardAsync()).GetProperty("window").Int("phoneEvents"));
    }

    [Fact]
    public async Task Telemetry_BatchReplayedLater_CountsOnce()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var batch = new[] { phone.ShiftStart(now.AddMinutes(-10)), phone.Event("phone", now.AddMinutes(-9)), phone.Event("task", now.AddMinutes(-8)) };

        var first = await phone.SendAsync(batch);
        var second = await phone.SendAsync(batch);
        var third = await phone.SendAsync([batch[2], phone.Event("checkpoint", now)]);

        Assert.Equal((3, 0), (first.Int("accepted"), first.Int("duplicates")));
        Assert.Equal((0, 3), (second.Int("accepted"), second.Int("duplicates")));
        Assert.Equal((1, 1), (third.Int("accepted"), third.Int("duplicates")));
        var window = (await phone.GuardAsync()).GetProperty("window");
        Assert.Equal(1, window.Int("phoneEvents"));
        Assert.Equal(1, window.Int("tasksCompleted"));
        Assert.Equal(1, window.Int("checkpointsScanned"));
        var device = await phone.DeviceAsync();
        Assert.Equal(4, device.GetProperty("eventsAccepted").GetInt64());
        Assert.Equal(4, device.GetProperty("duplicatesDropped").GetInt64());
    }

    [Fact]
    public async Task Telemetry_OutOfOrderSeqs_EachCountsOnce()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var shift = phone.ShiftStart(now.AddMinutes(-10));
        var p2 = phone.Event("phone", now.AddMinutes(-6));
        var p3 = phone.Event("phone", now.AddMinutes(-5));
        var p4 = phone.Event("phone", now.AddMinutes(-4));
        var p5 = phone.Event("phone", now.AddMinutes(-3));

        var first = await phone.SendAsync(shift, p5, p3);
        var second = await phone.SendAsync(p4, p3, p5, p2);
        var third = await phone.SendAsync(p2, p4, shift);

        Assert.Equal((3, 0), (first.Int("accepted"), first.Int("duplicates")));
        Assert.Equal((2, 2), (second.Int("accepted"), second.Int("duplicates")));
        Assert.Equal((0, 3), (third.Int("accepted"), third.Int("duplicates")));
        Assert.Equal(4, (await phone.GuardAsync()).GetProperty("window").Int("phoneEvents"));
        Assert.Equal(5, (await phone.DeviceAsync()).GetProperty("lastSeq").GetInt64());
    }

    [Fact]
    public async Task Telemetry_SameBatchPostedConcurrently_CountsOnce()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var batch = new[] { phone.ShiftStart(now.AddMinutes(-5)), phone.Event("phone", now.AddMinutes(-2)), phone.Event("task", now.AddMinutes(-1)) };

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => phone.SendAsync(batch)));

        Assert.Equal(3, results.Sum(r => r.Int("accepted")));
        Assert.Equal(21, results.Sum(r => r.Int("duplicates")));
        Assert.Equal(1, (await phone.GuardAsync()).GetProperty("window").Int("phoneEvents"));
    }

    [Fact]
    public async Task Telemetry_SameSeqOnTwoDevices_CountsForEach()
    {
        var now = await host.NowAsync();
        var a = new Phone(host);
        var b = new Phone(host);

        var result = await a.SendAsync(a.Event("heartbeat", now), b.Event("heartbeat", now));

        Assert.Equal(2, result.Int("accepted"));
        Assert.Equal(0, result.Int("duplicates"));
    }

    [Fact]
    public async Task Telemetry_LateEvents_CountInGuardWindow()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        await phone.SendAsync(phone.ShiftStart(now.AddMinutes(-25)), phone.Event("phone", now));

        var late = await phone.SendAsync(
            phone.Event("phone", now.AddMinutes(-12)),
            phone.Event("checkpoint", now.AddMinutes(-15)),
            phone.Event("task", now.AddMinutes(-20)),
            phone.Fix("location", now.AddMinutes(-18), Phone.BaseLat, Phone.BaseLon),
            phone.Fix("location", now.AddMinutes(-17), Phone.BaseLat, Phone.BaseLon + (3 * Phone.StepLon)));

        Assert.Equal(5, late.Int("accepted"));
        var guard = await phone.GuardAsync();
        var window = guard.GetProperty("window");
        Assert.Equal(2, window.Int("phoneEvents"));
        Assert.Equal(1, window.Int("checkpointsScanned"));
        Assert.Equal(1, window.Int("tasksCompleted"));
        Assert.Equal(2, window.Int("locationUpdates"));
        Assert.InRange(window.GetProperty("movementM").GetDouble(), 60, 120);
        Assert.Equal(now, guard.Time("lastSeenAt"));
    }

    [Fact]
    public async Task Telemetry_LateEventOlderThanWindow_IsAcceptedButOutsideWindow()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        await phone.SendAsync(phone.ShiftStart(now.AddMinutes(-50)));

        var late = await phone.SendAsync(phone.Event("phone", now.AddMinutes(-45)), phone.Event("phone", now.AddMinutes(-29)));

        Assert.Equal(2, late.Int("accepted"));
        Assert.Equal(1, (await phone.GuardAsync()).GetProperty("window").Int("phoneEvents"));
    }

    [Fact]
    public async Task Telemetry_LateReading_DoesNotOverwriteNewerDeviceReading()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var fresh = phone.Fix("heartbeat", now, 48.86, 2.35);
        fresh["battery"] = 80.0;
        fresh["signalDbm"] = -70.0;
        var stale = phone.Fix("heartbeat", now.AddMinutes(-3), 40.0, 3.0);
        stale["battery"] = 95.0;
        stale["signalDbm"] = -110.0;

        await phone.SendAsync(fresh);
        await phone.SendAsync(stale);

        var device = await phone.DeviceAsync();
        Assert.Equal(80.0, device.GetProperty("battery").GetDouble());
        Assert.Equal(-70.0, device.GetProperty("signalDbm").GetDouble());
        Assert.Equal(48.86, device.GetProperty("lat").GetDouble());
        Assert.Equal(now, device.Time("lastSeenAt"));
        Assert.Equal(2, device.GetProperty("eventsAccepted").GetInt64());
    }

    [Fact]
    public async Task Telemetry_SeqFarAheadOfDevicesHighest_RejectedPerEventAndLaterEventsStillCount()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        await phone.SendAsync(phone.ShiftStart(now.AddMinutes(-5)));
        var forged = phone.Event("phone", now.AddMinutes(-4));
        forged["seq"] = long.MaxValue;
        var genuine = phone.Event("phone", now.AddMinutes(-3));

        var result = await phone.TrySendAsync(phone.Event("heartbeat", now.AddMinutes(-4)), forged, genuine);

        Assert.Equal((2, 0), (result.Int("accepted"), result.Int("duplicates")));
        var rejection = Assert.Single(result.GetProperty("rejected").EnumerateArray());
        Assert.Equal(1, rejection.Int("index"));
        Assert.StartsWith("seq:", rejection.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await phone.GuardAsync()).GetProperty("window").Int("phoneEvents"));
        Assert.True((await phone.DeviceAsync()).GetProperty("lastSeq").GetInt64() < 100);
        Assert.Equal(1, (await phone.SendAsync(phone.Event("phone", now))).Int("accepted"));
    }
}
