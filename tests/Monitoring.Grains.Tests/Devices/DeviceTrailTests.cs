using Monitoring.Contracts.Devices;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Devices;

namespace Monitoring.Grains.Tests.Devices;

/// <summary>The device's battery and signal ring: sized to the hours its readings span, read back as the 8-hour ring was.</summary>
public sealed class DeviceTrailTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Record_FirstReading_KeepsAnHourOfSlots()
    {
        var snapshot = new DeviceSnapshot();

        DeviceTrail.Record(snapshot, Reading(T0, 90, -80));

        Assert.Equal(DeviceTrail.GrowBy * 2, snapshot.Trail!.Length);
        Assert.Equal(new DeviceHistoryPoint(T0, 90, false, -80), Assert.Single(DeviceTrail.Since(snapshot, T0.AddHours(-8))));
    }

    [Fact]
    public void Record_FourHoursEveryFiveMinutes_GrowsToFiveHoursAndReadsEverySlot()
    {
        var snapshot = new DeviceSnapshot();

        for (var i = 0; i <= 48; i++)
        {
            DeviceTrail.Record(snapshot, Reading(T0.AddMinutes(5 * i), 100 - i, -60 - i));
        }

        Assert.Equal(5 * DeviceTrail.GrowBy * 2, snapshot.Trail!.Length);
        var points = DeviceTrail.Since(snapshot, T0.AddHours(-8));
        Assert.Equal(Enumerable.Range(0, 49).Select(i => T0.AddMinutes(5 * i)), points.Select(p => p.At));
        Assert.Equal(Enumerable.Range(0, 49).Select(i => (double?)(100 - i)), points.Select(p => p.Battery));
        Assert.Equal(Enumerable.Range(0, 49).Select(i => (double?)(-60 - i)), points.Select(p => p.SignalDbm));
    }

    [Fact]
    public void Record_NineHours_KeepsTheLastEightInTheFullRing()
    {
        var snapshot = new DeviceSnapshot();

        for (var i = 0; i < 108; i++)
        {
            DeviceTrail.Record(snapshot, Reading(T0.AddMinutes(5 * i), 50, -70));
        }

        Assert.Equal(DeviceTrail.Slots * 2, snapshot.Trail!.Length);
        var points = DeviceTrail.Since(snapshot, T0);
        Assert.Equal(DeviceTrail.Slots, points.Length);
        Assert.Equal(T0.AddMinutes(5 * 12), points[0].At);
    }

    [Fact]
    public void Record_LateReadingOlderThanTheRing_GrowsBackToKeepIt()
    {
        var snapshot = new DeviceSnapshot();
        DeviceTrail.Record(snapshot, Reading(T0, 80, -90));

        DeviceTrail.Record(snapshot, Reading(T0.AddHours(-3), 95, -75));

        var points = DeviceTrail.Since(snapshot, T0.AddHours(-8));
        Assert.Equal([T0.AddHours(-3), T0], points.Select(p => p.At));
        Assert.Equal([95.0, 80.0], points.Select(p => p.Battery!.Value));
    }

    [Fact]
    public void Record_ReadingEightHoursOlderThanTheNewest_IsLeftOut()
    {
        var snapshot = new DeviceSnapshot();
        DeviceTrail.Record(snapshot, Reading(T0, 80, -90));

        DeviceTrail.Record(snapshot, Reading(T0.AddHours(-8), 95, -75));

        Assert.Equal([T0], DeviceTrail.Since(snapshot, T0.AddHours(-9)).Select(p => p.At));
    }

    [Fact]
    public void Record_AfterADayOff_StartsAnHourRingAgainWithoutTheOldReadings()
    {
        var snapshot = new DeviceSnapshot();
        for (var i = 0; i < 96; i++)
        {
            DeviceTrail.Record(snapshot, Reading(T0.AddMinutes(5 * i), 50, -70));
        }

        DeviceTrail.Record(snapshot, Reading(T0.AddDays(1), 99, -65));

        Assert.Equal(DeviceTrail.GrowBy * 2, snapshot.Trail!.Length);
        Assert.Equal([T0.AddDays(1)], DeviceTrail.Since(snapshot, T0).Select(p => p.At));
    }

    [Fact]
    public void Since_EightHourRingOfAnOlderSnapshot_ReadsAndGrowsOnAsBefore()
    {
        var snapshot = new DeviceSnapshot();
        for (var i = 0; i < 12; i++)
        {
            DeviceTrail.Record(snapshot, Reading(T0.AddMinutes(5 * i), 60 + i, -70));
        }

        var expected = DeviceTrail.Since(snapshot, T0);
        var stored = new byte[DeviceTrail.Slots * 2];
        Array.Fill(stored, (byte)0xFF);
        var newest = snapshot.TrailNewestSlot;
        for (var slot = newest - 11; slot <= newest; slot++)
        {
            var (from, to) = ((int)(slot % 12) * 2, (int)(slot % DeviceTrail.Slots) * 2);
            (stored[to], stored[to + 1]) = (snapshot.Trail![from], snapshot.Trail[from + 1]);
        }

        var old = new DeviceSnapshot { Trail = stored, TrailNewestSlot = newest };
        Assert.Equal(expected.ToArray(), DeviceTrail.Since(old, T0).ToArray());

        DeviceTrail.Record(old, Reading(T0.AddHours(1), 40, -100));
        Assert.Equal(DeviceTrail.Slots * 2, old.Trail!.Length);
        Assert.Equal(13, DeviceTrail.Since(old, T0).Length);
    }

    private static TelemetryEvent Reading(DateTimeOffset at, double battery, double signalDbm) => new()
    {
        DeviceId = "phone-1",
        Seq = at.ToUnixTimeSeconds(),
        Ts = at,
        Type = EventType.Heartbeat,
        Battery = battery,
        SignalDbm = signalDbm,
    };
}
