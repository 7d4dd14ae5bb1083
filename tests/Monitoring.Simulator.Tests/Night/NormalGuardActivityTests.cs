using Monitoring.Domain.Telemetry;
using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Tests.Night;

public sealed class NormalGuardActivityTests
{
    [Fact]
    public void Normal_guards_show_every_activity_signal_in_every_30_minute_window()
    {
        var night = new VirtualNight(new NightSettings
        {
            Seed = 5,
            Guards = 30,
            Sites = 6,
            Length = TimeSpan.FromHours(3),
            Shares = new Dictionary<FaultKind, double>(),
        });
        Assert.Empty(night.Faults);
        foreach (var plan in night.Guards)
        {
            var events = night.EventsOf(plan.Index).ToList();
            for (var to = plan.ShiftStart.AddMinutes(30); to <= plan.ShiftEndAt; to = to.AddMinutes(5))
            {
                var window = events.Where(e => e.Ts > to.AddMinutes(-30) && e.Ts <= to).ToList();
                Assert.Contains(window, e => e.Type == EventTypes.Checkpoint);
                Assert.Contains(window, e => e.Type == EventTypes.Phone);
                Assert.Contains(window, e => e.Type == EventTypes.Task);
                Assert.True(Track.MovedM(window) > 100, $"{plan.GuardId} moved {Track.MovedM(window):0} m by {to:HH:mm}");
            }
        }
    }

    [Fact]
    public void Normal_guards_stay_inside_the_geofence_with_healthy_readings()
    {
        var night = new VirtualNight(new NightSettings { Seed = 6, Guards = 10, Sites = 10, Shares = new Dictionary<FaultKind, double>() });
        foreach (var plan in night.Guards)
        {
            var events = night.EventsOf(plan.Index).ToList();
            var site = night.Sites[plan.SiteIndex];
            Assert.All(events.Where(e => e.Lat is not null), f => Assert.True(Track.FromCentre(site, f) < site.GeofenceRadiusM));
            var beats = events.Where(e => e.Type == EventTypes.Heartbeat).ToList();
            Assert.InRange(beats.Count, 1150, 1200);
            var drainPerHour = (beats[0].Battery!.Value - beats[^1].Battery!.Value) / (beats[^1].Ts - beats[0].Ts).TotalHours;
            Assert.InRange(drainPerHour, 2.5, 6.5);
            Assert.All(beats, b => Assert.InRange(b.SignalDbm!.Value, -98, -62));
            Assert.All(beats, b => Assert.InRange(b.MemoryPct!.Value, 30, 70));
            Assert.Equal(EventTypes.ShiftEnd, events[^1].Type);
        }
    }
}
