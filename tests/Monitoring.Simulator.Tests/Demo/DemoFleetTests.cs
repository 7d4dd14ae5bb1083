using Monitoring.Fleet.Demo;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Fleet.Night;
using Monitoring.Simulator.Tests.Fixtures;

namespace Monitoring.Simulator.Tests.Demo;

public sealed class DemoFleetTests
{
    [Fact]
    public async Task DemoFleet_puts_a_small_fleet_on_shift_at_real_speed_on_a_system_clock_host()
    {
        await using var host = await InProcessHost.StartAsync(manualClock: false);
        using var http = host.Client();
        var night = new VirtualNight(new NightSettings
        {
            Seed = 7,
            Guards = 30,
            Sites = 3,
            Start = DateTimeOffset.UtcNow.AddMinutes(-6),
            Length = TimeSpan.FromHours(1),
            Shares = DemoNight.Shares(30),
            FaultDelay = DemoNight.FaultDelay,
            FaultSpread = DemoNight.FaultSpread,
        });
        var ticks = new List<DemoProgress>();
        // Stopped after a few ticks rather than after a few seconds: on a busy machine the backlog
        // tick alone can take longer than the seconds a timed stop would allow. The long limit only
        // ends a run that never ticks.
        using var run = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var fleet = new DemoFleet(night, http, tick =>
        {
            ticks.Add(tick);
            if (ticks.Count == 4)
            {
                run.Cancel();
            }
        });

        var end = await fleet.RunAsync(run.Token);

        Assert.False(end.Finished);
        Assert.True(ticks.Count >= 4, $"{ticks.Count} ticks before the two-minute limit");
        Assert.True(end.Sent.Events > 0);
        Assert.Equal(end.Sent.Events, end.Sent.Accepted);
        Assert.Equal(0, end.Sent.Rejected);
        Assert.Equal(0, end.Sent.FailedBatches);
        Assert.Equal(30, end.GuardsStarted);
        var events = night.Events().ToList();
        Assert.Equal(events.Count(e => e.DeliverAt <= ticks[0].At), ticks[0].Sent.Events);
        var live = events.Count(e => e.DeliverAt > ticks[0].At && e.DeliverAt <= ticks[^1].At);
        Assert.True(live > 0, "events came due after the backlog");
        Assert.Equal(live, ticks[^1].Sent.Events - ticks[0].Sent.Events);
        foreach (var plan in night.Guards)
        {
            var guard = await http.GetFromJsonAsync<JsonElement>($"api/v1/guards/{plan.GuardId}");
            Assert.True(guard.GetProperty("onShift").GetBoolean(), plan.GuardId);
            Assert.Equal(plan.SiteId, guard.GetProperty("siteId").GetString());
        }
    }
}
