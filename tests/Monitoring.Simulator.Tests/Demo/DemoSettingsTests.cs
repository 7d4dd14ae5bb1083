using Monitoring.Fleet.Demo;
using Monitoring.Simulator.Demo;
using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Tests.Demo;

public sealed class DemoSettingsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Demo_night_begins_one_fault_at_once_and_every_other_within_minutes_of_its_shift_start()
    {
        var settings = new DemoSettings(new Uri("http://127.0.0.1:5000"), "k", Guards: 40, Sites: 4, Seed: 7, Minutes: 0);
        var night = new VirtualNight(settings.Night(Start));

        var faults = night.Faults.Where(f => !f.IsValidBehaviour).ToList();
        Assert.Equal(9, faults.Count);
        Assert.Equal(TimeSpan.FromHours(12), night.Settings.Length);

        // The lead fault, a shared identity, begins 40 s after the demo does, its guard on shift before it.
        var lead = faults.First(f => f.Kind == FaultKind.SharedIdentity);
        Assert.Equal(Start + DemoNight.LeadFault, lead.StartsAt);
        Assert.True(night.Guards.Single(g => g.GuardId == lead.GuardId).ShiftStart <= lead.StartsAt - TimeSpan.FromSeconds(30));
        foreach (var fault in faults.Where(f => f != lead))
        {
            var shiftStart = night.Guards.Single(g => g.GuardId == fault.GuardId).ShiftStart;
            Assert.InRange(fault.StartsAt - shiftStart, DemoNight.FaultDelay, DemoNight.FaultDelay + DemoNight.FaultSpread);
        }
    }

    [Fact]
    public void Default_night_keeps_faults_45_minutes_clear_of_the_shift_start()
    {
        var night = new VirtualNight(new NightSettings { Seed = 7, Guards = 200, Sites = 4, Start = Start, Length = TimeSpan.FromHours(10) });

        Assert.Equal(TimeSpan.FromMinutes(45), night.Settings.FaultDelay);
        Assert.Null(night.Settings.FaultSpread);
        Assert.All(night.Faults, f => Assert.True(f.StartsAt - night.Guards.Single(g => g.GuardId == f.GuardId).ShiftStart >= TimeSpan.FromMinutes(45)));
        Assert.Contains(night.Faults, f => f.StartsAt - night.Guards.Single(g => g.GuardId == f.GuardId).ShiftStart > TimeSpan.FromHours(2));
    }
}
