using Monitoring.Domain.Telemetry;
using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Tests.Night;

public sealed class FaultEvidenceTests
{
    private static readonly string[] Busy = [EventTypes.Phone, EventTypes.Task, EventTypes.Checkpoint];

    private static FaultNight Night => FaultNight.Shared;

    [Fact]
    public void Ground_truth_names_the_guard_phone_site_and_a_window_inside_the_shift()
    {
        Assert.Equal(24, Night.Night.Faults.Count);
        foreach (var truth in Night.Night.Faults)
        {
            var plan = Night.Night.Guards.Single(p => p.Behaviour == truth);
            Assert.Equal(($"g-{plan.Index}", $"d-{plan.Index}", plan.SiteId), (truth.GuardId, truth.DeviceId, truth.SiteId));
            Assert.True(truth.StartsAt >= plan.ShiftStart + TimeSpan.FromMinutes(45));
            Assert.True(truth.EndsAt <= plan.ShiftEndsAt);
            Assert.True(truth.EndsAt > truth.StartsAt);
        }
    }

    [Fact]
    public void Asleep_phone_lies_still_and_unused_while_heartbeats_go_on() => AssertStillAndQuiet(FaultKind.Asleep);

    [Fact]
    public void PhoneLeftBehind_looks_the_same_from_the_phone() => AssertStillAndQuiet(FaultKind.PhoneLeftBehind);

    [Fact]
    public void DeclaredBreak_is_declared_and_still_between_start_and_end()
    {
        AssertStillAndQuiet(FaultKind.DeclaredBreak);
        foreach (var (truth, _, _, events) in Night.Cases(FaultKind.DeclaredBreak))
        {
            Assert.Equal(truth.StartsAt, events.Single(e => e.Type == EventTypes.BreakStart).Ts);
            Assert.Equal(truth.EndsAt, events.Single(e => e.Type == EventTypes.BreakEnd).Ts);
        }
    }

    [Fact]
    public void LeftSite_fixes_lie_well_outside_the_geofence()
    {
        foreach (var (truth, _, site, events) in Night.Cases(FaultKind.LeftSite))
        {
            var fixes = In(events, truth).Where(e => e.Type == EventTypes.Location).ToList();
            Assert.True(fixes.Count >= ((truth.EndsAt - truth.StartsAt).TotalMinutes * 0.9) - 1);
            Assert.All(fixes, f => Assert.True(Track.FromCentre(site, f) > site.GeofenceRadiusM + 400));
            var before = events.Where(e => e.Type == EventTypes.Location && e.Ts < truth.StartsAt);
            Assert.All(before, f => Assert.True(Track.FromCentre(site, f) < site.GeofenceRadiusM));
        }
    }

    [Fact]
    public void BatteryDying_empties_before_the_planned_end_and_the_phone_dies()
    {
        foreach (var (truth, plan, _, events) in Night.Cases(FaultKind.BatteryDying))
        {
            var last = events[^1];
            Assert.Equal((EventTypes.Heartbeat, 0.0, truth.EndsAt), (last.Type, last.Battery!.Value, last.Ts));
            Assert.True(truth.EndsAt < plan.ShiftEndsAt);
            Assert.DoesNotContain(events, e => e.Type == EventTypes.ShiftEnd);
            var firstHour = events.Where(e => e.Type == EventTypes.Heartbeat && e.Ts >= truth.StartsAt && e.Ts <= truth.StartsAt.AddHours(1)).ToList();
            var drainPerHour = (firstHour[0].Battery!.Value - firstHour[^1].Battery!.Value) / (firstHour[^1].Ts - firstHour[0].Ts).TotalHours;
            Assert.True(drainPerHour >= 15, $"drain {drainPerHour:0.0} %/h");
            var predictedEmpty = firstHour[^1].Ts.AddHours(firstHour[^1].Battery!.Value / drainPerHour);
            Assert.True(predictedEmpty < plan.ShiftEndsAt);
        }
    }

    [Fact]
    public void DeadZone_events_are_held_with_no_signal_and_delivered_when_it_ends()
    {
        foreach (var (truth, _, _, events) in Night.Cases(FaultKind.DeadZone))
        {
            var held = In(events, truth).ToList();
            Assert.True(held.Count >= 40);
            Assert.All(held, e => Assert.Equal(truth.EndsAt, e.DeliverAt));
            Assert.All(held.Where(e => e.Type == EventTypes.Heartbeat), e => Assert.True(e.SignalDbm < -105));
            Assert.All(events.Except(held), e => Assert.Equal(e.Ts, e.DeliverAt));
        }
    }

    [Fact]
    public void MemoryLeak_climbs_past_80_then_stays_above_90_for_half_an_hour()
    {
        foreach (var (truth, _, _, events) in Night.Cases(FaultKind.MemoryLeak))
        {
            var beats = events.Where(e => e.Type == EventTypes.Heartbeat).ToList();
            var first80 = beats.First(e => e.MemoryPct > 80).Ts;
            var first90 = beats.First(e => e.MemoryPct > 90).Ts;
            Assert.True(truth.StartsAt <= first80 && first80 < first90);
            Assert.True(LongestRun(beats, e => e.MemoryPct > 90) >= TimeSpan.FromMinutes(30));
            Assert.All(beats.Where(e => e.Ts > truth.EndsAt), e => Assert.True(e.MemoryPct < 70));
        }
    }

    [Fact]
    public void SharedIdentity_second_phone_sends_under_the_guards_id_alongside_the_real_one()
    {
        foreach (var (truth, plan, _, events) in Night.Cases(FaultKind.SharedIdentity))
        {
            var second = events.Where(e => e.DeviceId == plan.SecondDeviceId).ToList();
            Assert.All(second, e => Assert.Equal(truth.GuardId, e.GuardId));
            Assert.Equal(Enumerable.Range(0, second.Count).Select(i => (long)i), second.Select(e => e.Seq));
            Assert.True(second[^1].Ts - second[0].Ts >= TimeSpan.FromMinutes(19));
            Assert.All(second, e => Assert.True(e.Ts >= truth.StartsAt && e.Ts < truth.EndsAt));
            var own = events.Where(e => e.DeviceId == plan.DeviceId).Select(e => e.Ts).ToList();
            Assert.All(second, e => Assert.Contains(own, t => (t - e.Ts).Duration() < TimeSpan.FromMinutes(2)));
        }
    }

    [Fact]
    public void BiometricFailures_are_three_or_more_within_ten_minutes()
    {
        foreach (var (truth, _, _, events) in Night.Cases(FaultKind.BiometricFailures))
        {
            var failures = events.Where(e => e.Type == EventTypes.Biometric && e.Success == false).ToList();
            Assert.InRange(failures.Count, 3, 5);
            Assert.True(failures[^1].Ts - failures[0].Ts <= TimeSpan.FromMinutes(10));
            Assert.Equal((truth.StartsAt, truth.EndsAt), (failures[0].Ts, failures[^1].Ts));
        }
    }

    [Fact]
    public void SwitchedOff_phone_sends_nothing_from_its_start()
    {
        foreach (var (truth, _, _, events) in Night.Cases(FaultKind.SwitchedOff))
        {
            Assert.Contains(events, e => e.Ts < truth.StartsAt);
            Assert.DoesNotContain(events, e => e.Ts >= truth.StartsAt);
            Assert.DoesNotContain(events, e => e.Type == EventTypes.ShiftEnd);
        }
    }

    [Fact]
    public void StandingPost_does_not_walk_but_uses_the_phone_and_completes_tasks()
    {
        foreach (var (truth, _, _, events) in Night.Cases(FaultKind.StandingPost))
        {
            var during = In(events, truth).ToList();
            Assert.True(truth.EndsAt - truth.StartsAt >= TimeSpan.FromMinutes(60));
            Assert.Equal(0, Track.MovedM(during));
            Assert.DoesNotContain(during, e => e.Type == EventTypes.Checkpoint);
            for (var from = truth.StartsAt; from + TimeSpan.FromMinutes(30) <= truth.EndsAt; from += TimeSpan.FromMinutes(5))
            {
                var window = during.Where(e => e.Ts >= from && e.Ts < from.AddMinutes(30)).ToList();
                Assert.True(window.Count(e => e.Type == EventTypes.Phone) >= 2);
                Assert.Contains(window, e => e.Type == EventTypes.Task);
            }
        }
    }

    [Fact]
    public void SlowPatrol_keeps_moving_with_fewer_checkpoints()
    {
        foreach (var (truth, plan, _, events) in Night.Cases(FaultKind.SlowPatrol))
        {
            var during = In(events, truth).ToList();
            var before = events.Where(e => e.Ts >= plan.ShiftStart.AddMinutes(15) && e.Ts < truth.StartsAt).ToList();
            var slowRate = during.Count(e => e.Type == EventTypes.Checkpoint) / (truth.EndsAt - truth.StartsAt).TotalHours;
            var normalRate = before.Count(e => e.Type == EventTypes.Checkpoint) / (truth.StartsAt - plan.ShiftStart.AddMinutes(15)).TotalHours;
            Assert.True(slowRate < normalRate * 0.75, $"{slowRate:0.0}/h slow vs {normalRate:0.0}/h");
            for (var from = truth.StartsAt; from + TimeSpan.FromMinutes(30) <= truth.EndsAt; from += TimeSpan.FromMinutes(5))
            {
                Assert.True(Track.MovedM(during.Where(e => e.Ts >= from && e.Ts < from.AddMinutes(30))) > 50);
            }
        }
    }

    private static void AssertStillAndQuiet(FaultKind kind)
    {
        foreach (var (truth, _, _, events) in Night.Cases(kind))
        {
            var during = In(events, truth).ToList();
            Assert.DoesNotContain(during, e => Busy.Contains(e.Type));
            var length = truth.EndsAt - truth.StartsAt;
            Assert.True(during.Count(e => e.Type == EventTypes.Heartbeat) >= (length.TotalSeconds / 30) - 1);
            var fixes = during.Where(e => e.Type == EventTypes.Location).ToList();
            Assert.True(fixes.Count >= 4);
            Assert.True(Track.Spread(fixes) <= 30, $"spread {Track.Spread(fixes):0.0} m");
            Assert.Equal(0, Track.MovedM(fixes));
            Assert.All(fixes, f => Assert.Equal(0, f.Steps));
        }
    }

    private static TimeSpan LongestRun(List<NightEvent> beats, Func<NightEvent, bool> holds)
    {
        var longest = TimeSpan.Zero;
        DateTimeOffset? since = null;
        foreach (var beat in beats)
        {
            since = holds(beat) ? since ?? beat.Ts : null;
            longest = since is { } s && beat.Ts - s > longest ? beat.Ts - s : longest;
        }

        return longest;
    }

    private static IEnumerable<NightEvent> In(List<NightEvent> events, FaultTruth truth) =>
        events.Where(e => e.Ts >= truth.StartsAt && e.Ts < truth.EndsAt);
}
