using System.Runtime.CompilerServices;
using Monitoring.Domain.Fraud;
using Monitoring.Domain.Telemetry;
using static Monitoring.Domain.Tests.Fraud.FraudCases;

namespace Monitoring.Domain.Tests.Fraud;

public sealed class FraudTrackerTests
{
    [Fact]
    public void Features_JumpAt300KmhBeforeCheckpoint_VelocityIs300()
    {
        var tracker = default(FraudTracker);
        tracker.ObserveFix(At(0), T0);

        // 5,010 m in 60 s, less both 5 m accuracy radii: 5,000 m a minute, 300 km/h.
        var f = Score(ref tracker, Event(EventType.Checkpoint, T0.AddSeconds(60), At(5010)));

        Assert.Equal(300, f[FraudFeature.VelocityKmh], 0);
        Assert.Equal(1, f[FraudFeature.ConsecutiveViolations]);
    }

    [Fact]
    public void Features_TeleportBetweenLocationFixes_CountsAtNextAttendanceEventOnly()
    {
        var tracker = default(FraudTracker);
        tracker.ObserveFix(At(0), T0);
        tracker.ObserveFix(At(20_000), T0.AddSeconds(30));
        tracker.ObserveFix(At(20_010), T0.AddSeconds(60));

        var first = Score(ref tracker, Event(EventType.Checkpoint, T0.AddSeconds(90), At(20_020)));
        var second = Score(ref tracker, Event(EventType.Checkpoint, T0.AddSeconds(300), At(20_040)));

        Assert.True(first[FraudFeature.VelocityKmh] > 2000);
        Assert.Equal(0, second[FraudFeature.VelocityKmh]);
    }

    [Fact]
    public void Features_GpsJitterOfStillPhone_NoSpeed()
    {
        var tracker = default(FraudTracker);
        tracker.ObserveFix(At(0, accuracyM: 10), T0);
        tracker.ObserveFix(At(12, accuracyM: 10), T0.AddSeconds(1));

        Assert.Equal(0, tracker.PeakKmh);
    }

    [Fact]
    public void Features_StillPhoneScansThreeCheckpoints_TourRateOneThird()
    {
        var tracker = default(FraudTracker);
        tracker.StartShift();
        FraudFeatures last = default;
        for (var i = 0; i < 3; i++)
        {
            last = Score(ref tracker, Event(EventType.Checkpoint, T0.AddMinutes(i * 2), At(i)));
        }

        Assert.Equal(1.0 / 3, last[FraudFeature.TourCompletionRate], 6);
        Assert.Equal(0, last[FraudFeature.VelocityKmh]);
    }

    [Fact]
    public void Features_WalkedThreeCheckpoints_TourRateOne()
    {
        var tracker = default(FraudTracker);
        FraudFeatures last = default;
        for (var i = 0; i < 3; i++)
        {
            last = Score(ref tracker, Event(EventType.Checkpoint, T0.AddMinutes(i * 2), At(i * 80)));
        }

        Assert.Equal(1, last[FraudFeature.TourCompletionRate]);
    }

    [Fact]
    public void StartShift_AfterStillScans_TourStartsAgain()
    {
        var tracker = default(FraudTracker);
        Score(ref tracker, Event(EventType.Checkpoint, T0, At(0)));
        Score(ref tracker, Event(EventType.Checkpoint, T0.AddMinutes(1), At(0)));

        tracker.StartShift();
        var f = Score(ref tracker, Event(EventType.ShiftStart, T0.AddHours(20), At(0)));

        Assert.Equal(1, f[FraudFeature.TourCompletionRate]);
    }

    [Fact]
    public void Features_TwoFailuresThenSuccess_QualityBelowHalfAfterFailuresAndRecoversOnSuccess()
    {
        var tracker = default(FraudTracker);
        Score(ref tracker, Event(EventType.Biometric, T0, success: false));
        var second = Score(ref tracker, Event(EventType.Biometric, T0.AddSeconds(20), success: false));
        var third = Score(ref tracker, Event(EventType.Biometric, T0.AddSeconds(40), success: true));

        Assert.True(second[FraudFeature.BiometricQuality] < 0.3);
        Assert.Equal(2, second[FraudFeature.ConsecutiveViolations]);
        Assert.InRange(third[FraudFeature.BiometricQuality], 0.5, 0.8);
        Assert.Equal(0, third[FraudFeature.ConsecutiveViolations]);
    }

    [Fact]
    public void Features_HourNeverWorked_AnomalyOne_UsualHourZero()
    {
        var tracker = default(FraudTracker);
        for (var day = 0; day < 10; day++)
        {
            Score(ref tracker, Event(EventType.ShiftStart, T0.AddDays(day)));
        }

        var usual = tracker.Features(Event(EventType.ShiftStart, T0.AddDays(10)));
        var odd = tracker.Features(Event(EventType.ShiftStart, T0.AddDays(10).AddHours(-8)));

        Assert.Equal(0, usual[FraudFeature.TimeOfDayAnomaly]);
        Assert.Equal(1, odd[FraudFeature.TimeOfDayAnomaly]);
    }

    [Fact]
    public void Features_FewEvents_NoAnomalyYet()
    {
        var tracker = default(FraudTracker);
        Score(ref tracker, Event(EventType.ShiftStart, T0));

        Assert.Equal(0, tracker.Features(Event(EventType.ShiftStart, T0.AddHours(9)))[FraudFeature.TimeOfDayAnomaly]);
    }

    [Fact]
    public void Features_LabelsOneFraudOfFour_RateQuarter()
    {
        var tracker = default(FraudTracker);
        tracker.Label(FraudLabel.Fraud);
        tracker.Label(FraudLabel.Legit);
        tracker.Label(FraudLabel.Legit);
        tracker.Label(FraudLabel.Legit);

        Assert.Equal(0.25, tracker.Features(Event(EventType.Checkpoint, T0))[FraudFeature.HistoricalFraudRate]);
    }

    [Fact]
    public void UpdatesPerHour_TwelveFixesLastHour_AboutTwelve()
    {
        var tracker = default(FraudTracker);
        for (var i = 0; i < 12; i++)
        {
            tracker.ObserveFix(At(i), T0.AddMinutes(i * 5));
        }

        Assert.Equal(12, tracker.UpdatesPerHour(T0.AddMinutes(56)), 0);
        Assert.Equal(0, tracker.UpdatesPerHour(T0.AddHours(3)));
    }

    [Fact]
    public void Features_NoFixEver_DefaultsAndNoDistance()
    {
        var f = default(FraudTracker).Features(new AttendanceObservation(T0, EventType.ShiftStart, null, null, null, null, null, T0.DateTime));

        Assert.Equal(FraudThresholds.DefaultAccuracyM, f[FraudFeature.GpsAccuracyM]);
        Assert.Equal(FraudThresholds.DefaultSignalDbm, f[FraudFeature.SignalDbm]);
        Assert.Equal(FraudThresholds.DefaultBatteryPct, f[FraudFeature.BatteryPct]);
        Assert.Equal(0, f[FraudFeature.GeofenceDistanceM]);
        Assert.Equal(1, f[FraudFeature.BiometricQuality]);
    }

    [Fact]
    public void Pack_Unpack_KeepsEveryFeature()
    {
        var tracker = default(FraudTracker);
        Score(ref tracker, Event(EventType.Checkpoint, T0, At(0)));
        Score(ref tracker, Event(EventType.Biometric, T0.AddMinutes(1), At(3), success: false, outsideM: 80));
        tracker.ObserveFix(At(900), T0.AddMinutes(2));
        tracker.Label(FraudLabel.Fraud);
        Span<byte> bytes = stackalloc byte[FraudTracker.PackedSize];
        tracker.Pack(bytes);

        var back = FraudTracker.Unpack(bytes);

        var probe = Event(EventType.Checkpoint, T0.AddMinutes(3), At(905));
        var (a, b) = (tracker.Features(probe), back.Features(probe));
        for (var i = 0; i < FraudFeatureNames.Count; i++)
        {
            Assert.Equal(a[i], b[i]);
        }
    }

    [Fact]
    public void Unpack_UnknownVersion_FreshTracker() =>
        Assert.Equal(default, FraudTracker.Unpack(new byte[FraudTracker.PackedSize]));

    [Fact]
    public void SizeOf_Tracker_48BytesOfThe64PerGuardBudget() => Assert.Equal(48, Unsafe.SizeOf<FraudTracker>());
}
