using Monitoring.Domain.Telemetry;
using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Tests.Night;

public sealed class VirtualNightOrderTests
{
    private static readonly Lazy<(VirtualNight Night, List<NightEvent> Events)> Fleet = new(() =>
    {
        var night = new VirtualNight(new NightSettings
        {
            Seed = 3,
            Guards = 36,
            Sites = 5,
            Length = TimeSpan.FromHours(3),
            Shares = NightSettings.EvenShares(1.0 / 12),
        });
        return (night, night.Events().ToList());
    });

    [Fact]
    public void Events_come_in_delivery_order()
    {
        var events = Fleet.Value.Events;
        Assert.All(events.Zip(events.Skip(1)), pair => Assert.True(pair.First.DeliverAt <= pair.Second.DeliverAt));
    }

    [Fact]
    public void Every_guard_is_merged_in_whole()
    {
        var (night, events) = Fleet.Value;
        Assert.Equal(night.Guards.Sum(p => night.EventsOf(p.Index).Count()), events.Count);
        Assert.Equal(night.Guards.Count, events.Count(e => e.Type == EventTypes.ShiftStart));
    }

    [Fact]
    public void Each_device_numbers_its_events_from_zero_in_time_order()
    {
        foreach (var device in Fleet.Value.Events.GroupBy(e => e.DeviceId))
        {
            var bySeq = device.OrderBy(e => e.Seq).ToList();
            Assert.Equal(Enumerable.Range(0, bySeq.Count).Select(i => (long)i), bySeq.Select(e => e.Seq));
            Assert.All(bySeq.Zip(bySeq.Skip(1)), pair => Assert.True(pair.First.Ts <= pair.Second.Ts));
        }
    }

    [Fact]
    public void Buffered_events_belong_to_a_dead_zone_and_arrive_late_without_signal()
    {
        var (night, events) = Fleet.Value;
        var buffered = events.Where(e => e.IsBuffered).ToList();
        Assert.NotEmpty(buffered);
        var zones = night.Faults.Where(f => f.Kind == FaultKind.DeadZone).ToDictionary(f => f.DeviceId);
        Assert.All(buffered, e =>
        {
            var zone = zones[e.DeviceId];
            Assert.True(e.Ts >= zone.StartsAt && e.Ts < zone.EndsAt && e.DeliverAt == zone.EndsAt);
        });
        Assert.All(buffered.Where(e => e.SignalDbm is not null), e => Assert.True(e.SignalDbm < -100));
    }

    [Fact]
    public void Events_stay_inside_the_night()
    {
        var (night, events) = Fleet.Value;
        var end = night.Settings.Start + night.Settings.Length;
        Assert.All(events, e => Assert.True(e.Ts >= night.Settings.Start && e.DeliverAt <= end));
    }
}
