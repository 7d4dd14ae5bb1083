using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Contracts.Devices;
using Monitoring.Server.Tests.Fixtures;
using Orleans.Core.Internal;

namespace Monitoring.Server.Tests.Handover;

/// <summary>
/// A grain that deactivates (as every grain of a silo stopping with SIGTERM does) while its feed
/// throttle holds a state update back publishes that update on its way out: no nudge would find the
/// activation again, and a new one has nothing held back.
/// </summary>
[Collection(DepartingSiloCollection.Name)]
public sealed class FeedHeldBackTests(DepartingSiloHostFixture host)
{
    private static readonly TimeSpan FeedTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Device_DeactivatedWhileHoldingAnUpdateBack_TheLatestStateReachesTheFeed()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        // The first change goes out at once; the second, within the device's second, is held back.
        await phone.SendAsync(phone.ShiftStart(now.AddMinutes(-1)));
        await phone.SendAsync(phone.Event("phone", now));
        var device = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IDeviceGrain>($"{Keys.T1}/{phone.DeviceId}");
        await device.AsReference<IGrainManagementExtension>().DeactivateOnIdle();

        var clock = System.Diagnostics.Stopwatch.StartNew();
        long lastSeq = 0;
        while (lastSeq < 2 && clock.Elapsed < FeedTimeout)
        {
            lastSeq = await LatestSeqOnTheFeedAsync(phone.DeviceId);
            await Task.Delay(100);
        }

        Assert.Equal(2, lastSeq);
    }

    /// <summary>The highest <c>lastSeq</c> among the device's <c>device_updated</c> envelopes in the event log.</summary>
    private async Task<long> LatestSeqOnTheFeedAsync(string deviceId)
    {
        long latest = 0;
        string? cursor = "0";
        while (cursor is not null)
        {
            var page = await host.Viewer().GetJsonAsync($"api/v1/events?after={cursor}&limit=1000");
            foreach (var e in page.GetProperty("items").EnumerateArray())
            {
                if (e.Str("type") == "device_updated" && e.GetProperty("data").Str("deviceId") == deviceId)
                {
                    latest = Math.Max(latest, e.GetProperty("data").GetProperty("lastSeq").GetInt64());
                }
            }

            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.String ? page.Str("nextCursor") : null;
        }

        return latest;
    }
}
