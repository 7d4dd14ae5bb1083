using Monitoring.Domain.Telemetry;
using Monitoring.Fleet.Fraud;

namespace Monitoring.Simulator.Tests.Fraud;

/// <summary>Each fraud behaviour of the fleet leaves the telemetry signature it claims, on the events its truth labels fraud.</summary>
public sealed class FraudBehaviourTests(FraudNightFixture f) : IClassFixture<FraudNightFixture>
{
    [Fact]
    public void FraudNight_EveryBehaviour_IsPlayedAndLabelled()
    {
        foreach (var kind in Enum.GetValues<FraudBehaviour>())
        {
            Assert.True(f.Of(kind).Count() >= 3, $"{kind} played by too few guards");
        }

        Assert.All(f.Night.Truth.Where(t => t.Behaviour == FraudBehaviour.Honest), t => Assert.False(t.IsFraud));
        foreach (var kind in Enum.GetValues<FraudBehaviour>().Where(k => k != FraudBehaviour.Honest))
        {
            Assert.All(f.Of(kind), g => Assert.Contains(f.Night.Truth, t => t.GuardId == g.GuardId && t.IsFraud));
        }
    }

    [Fact]
    public void Teleport_EveryFraudScan_IsReachedAtOver150KmhFromThePreviousFix()
    {
        foreach (var guard in f.Of(FraudBehaviour.Teleport))
        {
            var events = f.EventsOf(guard).Where(e => e.Lat is not null).ToList();
            var scans = events.Where(e => e.Type == EventTypes.Checkpoint && f.IsFraud(e)).ToList();
            Assert.NotEmpty(scans);
            foreach (var scan in scans)
            {
                var before = events.Last(e => e.Type == EventTypes.Location && e.Ts < scan.Ts);
                Assert.True(FraudNightFixture.Kmh(before, scan) > 150, $"{guard.GuardId} scan {scan.Seq}: {FraudNightFixture.Kmh(before, scan):F0} km/h");
            }
        }
    }

    [Fact]
    public void TooSmooth_ActFixes_HaveOneAccuracyEqualSpacingAndNoSteps()
    {
        foreach (var guard in f.Of(FraudBehaviour.TooSmooth))
        {
            var fixes = Act(guard).Where(e => e.Type == EventTypes.Location).ToList();
            Assert.True(fixes.Count >= 15);
            Assert.Single(fixes.Select(e => e.AccuracyM).Distinct());
            Assert.All(fixes, e => Assert.Equal(0, e.Steps));
            var spacing = fixes.Zip(fixes.Skip(1), (a, b) => FraudNightFixture.Kmh(a, b)).ToList();
            // 75 m a minute along the path, exactly: never faster, and on a straight leg to the decimetre
            // (the chord across a corner is shorter).
            var text = string.Join(", ", spacing.Select(s => s.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.True(spacing.All(s => s < 4.5 + 0.03), text);
            Assert.True(spacing.Count(s => Math.Abs(s - 4.5) < 0.03) >= 3, text);
        }
    }

    [Fact]
    public void PreciseFix_ActFixesAndScans_AreUnder1Point5Metres()
    {
        foreach (var guard in f.Of(FraudBehaviour.PreciseFix))
        {
            var act = Act(guard).Where(e => e.Lat is not null).ToList();
            Assert.Contains(act, e => e.Type == EventTypes.Checkpoint && f.IsFraud(e));
            Assert.All(act, e => Assert.InRange(e.AccuracyM!.Value, 0, 1.5));
        }

        Assert.DoesNotContain(f.Of(FraudBehaviour.Honest).SelectMany(f.EventsOf), e => e.AccuracyM is < 1.5);
    }

    [Fact]
    public void CheckpointsWithoutWalking_ThreeOrMoreScans_WithinMinutesFromOneSpotWithoutSteps()
    {
        foreach (var guard in f.Of(FraudBehaviour.CheckpointsWithoutWalking))
        {
            var scans = f.EventsOf(guard).Where(e => e.Type == EventTypes.Checkpoint && f.IsFraud(e)).ToList();
            Assert.InRange(scans.Count, 3, 5);
            Assert.Equal(scans.Count, scans.Select(s => s.CheckpointId).Distinct().Count());
            Assert.True(scans[^1].Ts - scans[0].Ts < TimeSpan.FromMinutes(5));
            Assert.All(scans, s => Assert.True(FraudNightFixture.Kmh(scans[0], s) * (s.Ts - scans[0].Ts).TotalHours * 1000 < 60));
            Assert.All(Act(guard).Where(e => e.Type == EventTypes.Location), e => Assert.Equal(0, e.Steps));
        }
    }

    [Fact]
    public void OutsideFenceClockIn_ShiftStartAndBiometric_AreWellOutsideTheGeofence()
    {
        foreach (var guard in f.Of(FraudBehaviour.OutsideFenceClockIn))
        {
            var site = f.Site(guard);
            var clockIn = f.EventsOf(guard).Where(e => e.Type is EventTypes.ShiftStart or EventTypes.Biometric).ToList();
            Assert.Equal(2, clockIn.Count);
            Assert.All(clockIn, e => Assert.True(f.IsFraud(e) && FraudNightFixture.DistanceFromCentre(site, e) > site.GeofenceRadiusM + 300));
        }

        foreach (var guard in f.Of(FraudBehaviour.Honest))
        {
            var site = f.Site(guard);
            var start = f.EventsOf(guard).Single(e => e.Type == EventTypes.ShiftStart);
            Assert.True(FraudNightFixture.DistanceFromCentre(site, start) < site.GeofenceRadiusM);
        }
    }

    [Fact]
    public void BiometricOtherPhone_FailuresOnOwnPhone_ThenSuccessOnAnotherNamingTheGuard()
    {
        foreach (var guard in f.Of(FraudBehaviour.BiometricOtherPhone))
        {
            var checks = f.EventsOf(guard).Where(e => e.Type == EventTypes.Biometric && f.IsFraud(e)).ToList();
            var failures = checks.Where(e => e.Success == false).ToList();
            var success = Assert.Single(checks, e => e.Success == true);
            Assert.InRange(failures.Count, 2, 3);
            Assert.All(failures, e => Assert.Equal(guard.DeviceId, e.DeviceId));
            Assert.NotEqual(guard.DeviceId, success.DeviceId);
            Assert.Equal(guard.GuardId, success.GuardId);
            Assert.True(success.Ts > failures[^1].Ts && success.Ts - failures[^1].Ts < TimeSpan.FromMinutes(10));
        }
    }

    [Fact]
    public void SharedIdentity_ClockInFromAnotherPhone_WhileTheGuardsOwnPhoneIsSilentForHalfAnHour()
    {
        foreach (var guard in f.Of(FraudBehaviour.SharedIdentity))
        {
            var events = f.EventsOf(guard).ToList();
            var start = Assert.Single(events, e => e.Type == EventTypes.ShiftStart);
            Assert.NotEqual(guard.DeviceId, start.DeviceId);
            Assert.Equal(guard.GuardId, start.GuardId);
            Assert.True(f.IsFraud(start));
            var own = events.First(e => e.DeviceId == guard.DeviceId);
            Assert.True(own.Ts - start.Ts >= TimeSpan.FromMinutes(30));
            Assert.All(events.Where(e => e.DeviceId == guard.DeviceId), e => Assert.Equal(guard.GuardId, e.GuardId));
        }
    }

    [Fact]
    public void FraudNight_SameSettings_SameEventsAndTruth_OtherSeed_Differs()
    {
        var settings = new FraudNightSettings { Seed = 3, Guards = 20, Sites = 2 };
        var a = new FraudNight(settings);
        var b = new FraudNight(settings);
        var c = new FraudNight(settings with { Seed = 4 });

        Assert.Equal(a.Events, b.Events);
        Assert.Equal(a.Truth, b.Truth);
        Assert.NotEqual(a.Events.Select(e => (e.DeviceId, e.Ts)), c.Events.Select(e => (e.DeviceId, e.Ts)));
        Assert.All(a.Events.GroupBy(e => e.DeviceId), g => Assert.Equal(Enumerable.Range(0, g.Count()).Select(i => (long)i), g.Select(e => e.Seq)));
    }

    private IEnumerable<Monitoring.Fleet.Night.NightEvent> Act(FraudGuardPlan guard) =>
        f.EventsOf(guard).Where(e => e.Ts > guard.ActStart && e.Ts < guard.ActEnd);
}
