using Monitoring.Domain.Telemetry;
using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Tests.Night;

public sealed class NightPlanTests
{
    [Fact]
    public void Default_shares_give_each_fault_2_percent_and_each_valid_behaviour_5_percent()
    {
        var night = new VirtualNight(new NightSettings { Guards = 1000, Sites = 20 });
        var counts = night.Faults.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Enum.GetValues<FaultKind>(), k => Assert.Equal(FaultAlerts.Of(k).Count == 0 ? 50 : 20, counts[k]));
        Assert.Equal(night.Faults.Count, night.Faults.Select(f => f.GuardId).Distinct().Count());
    }

    [Fact]
    public void Shifts_and_windows_respect_the_night()
    {
        var settings = new NightSettings { Guards = 1000, Sites = 20 };
        var night = new VirtualNight(settings);
        foreach (var plan in night.Guards)
        {
            Assert.InRange(plan.ShiftStart, settings.Start, settings.Start.AddMinutes(5));
            Assert.True(plan.ShiftEndsAt < plan.ShiftStart + settings.Length);
            Assert.InRange(plan.ShiftEndAt, plan.ShiftEndsAt, settings.Start + settings.Length);
            if (plan.Behaviour is { } b)
            {
                Assert.True(b.StartsAt >= plan.ShiftStart.AddMinutes(45));
                Assert.True(b.Kind == FaultKind.SwitchedOff ? b.EndsAt == plan.ShiftEndsAt : b.EndsAt <= plan.ShiftEndsAt.AddMinutes(-5));
            }
        }

        var onShift = night.Guards.Sum(p => (p.ShiftEndAt - p.ShiftStart).TotalHours);
        Assert.InRange(night.FaultFreeGuardTime.TotalHours, onShift * 0.9, onShift * 0.99);
    }

    [Fact]
    public void Sites_are_spread_over_the_listed_time_zones_with_a_realistic_geofence()
    {
        var sites = new VirtualNight(new NightSettings { Guards = 100, Sites = 60 }).Sites;
        Assert.Equal(Enumerable.Range(0, 60).Select(i => $"site-{i}"), sites.Select(s => s.Id));
        Assert.All(sites, s =>
        {
            Assert.Contains(s.TimeZone, SiteCatalog.TimeZones);
            Assert.InRange(s.GeofenceRadiusM, 150, 400);
            Assert.InRange(s.Lat, -90, 90);
            Assert.InRange(s.Lon, -180, 180);
            Assert.False(string.IsNullOrWhiteSpace(s.Name));
        });
        Assert.True(sites.Select(s => s.TimeZone).Distinct().Count() >= 5);
        Assert.Equal(sites.Count, sites.Select(s => (s.Lat, s.Lon)).Distinct().Count());
    }

    [Fact]
    public void Settings_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new VirtualNight(new NightSettings { Guards = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new VirtualNight(new NightSettings { Guards = NightSettings.MaxGuards + 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new VirtualNight(new NightSettings { Shares = NightSettings.EvenShares(0.1) }));
    }

    [Fact]
    public void A_fleet_of_100000_guards_streams_without_making_the_night_first()
    {
        var night = new VirtualNight(new NightSettings { Guards = NightSettings.MaxGuards, Sites = 500, Length = TimeSpan.FromHours(1) });
        var first = night.Events().Take(200_000).ToList();
        var started = night.Guards.Count(p => p.ShiftStart < first[^1].DeliverAt);
        Assert.InRange(started, 10_000, NightSettings.MaxGuards);
        Assert.Equal(started, first.Count(e => e.Type == EventTypes.ShiftStart));
        Assert.All(first.Zip(first.Skip(1)), pair => Assert.True(pair.First.DeliverAt <= pair.Second.DeliverAt));
    }
}
