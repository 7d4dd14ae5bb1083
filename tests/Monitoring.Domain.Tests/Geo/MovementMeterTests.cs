using Monitoring.Domain.Geo;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Tests.Support;
using Xunit.Abstractions;

namespace Monitoring.Domain.Tests.Geo;

public sealed class MovementMeterTests(ITestOutputHelper output)
{
    private const int Seeds = 200;
    private static readonly DateTimeOffset Start = SiteTimes.ParisLocal(2, 0);

    [Fact]
    public void Measure_PhoneStillFor30MinutesWithJitter_IsExactlyZeroForEverySeed()
    {
        var moved = new List<(int Seed, double Metres)>();
        for (var seed = 0; seed < Seeds; seed++)
        {
            var metres = MovementMeter.Measure(PhoneTrack.Record(seed, Start, PhoneTrack.Still).Select(f => f.Fix));
            if (metres != 0.0)
            {
                moved.Add((seed, metres));
            }
        }

        Assert.Empty(moved);
    }

    [Fact]
    public void Measure_StraightWalk200MetresWithJitter_IsWithinBandForEverySeed()
    {
        var measured = MeasureAll(PhoneTrack.StraightWalk200M);

        output.WriteLine($"200 m straight walk over {Seeds} seeds: {measured.Min():F1} .. {measured.Max():F1} m");
        Assert.All(measured, m => Assert.InRange(m, 150.0, 260.0));
    }

    [Fact]
    public void Measure_PatrolLap200MetresWithJitter_IsMovementForEverySeed()
    {
        var measured = MeasureAll(PhoneTrack.PatrolLap200M);

        output.WriteLine($"200 m patrol lap over {Seeds} seeds: {measured.Min():F1} .. {measured.Max():F1} m");
        Assert.All(measured, m => Assert.InRange(m, 100.0, 260.0));
        Assert.True(measured.Min() >= InactivitySettings.Default.MinMovementM);
    }

    [Fact]
    public void Measure_WalkOf8MetresWithExactFixes_IsUnderTenMetres()
    {
        var fixes = new List<GeoFix>();
        for (var s = 0; s <= PhoneTrack.DurationSeconds; s += PhoneTrack.FixEverySeconds)
        {
            var (lat, lon) = Gps.East(Math.Min(8.0, PhoneTrack.WalkSpeedMps * s));
            fixes.Add(new GeoFix(lat, lon, 2.0));
        }

        var metres = MovementMeter.Measure(fixes);

        Assert.InRange(metres, 7.99, 8.01);
        Assert.True(metres < InactivitySettings.Default.MinMovementM);
    }

    [Fact]
    public void Measure_NoFixOrOneFix_IsZero()
    {
        Assert.Equal(0.0, MovementMeter.Measure([]));
        Assert.Equal(0.0, MovementMeter.Measure([new GeoFix(Gps.Origin.Lat, Gps.Origin.Lon, 10.0)]));
    }

    [Fact]
    public void Add_StepJustInsideCombinedAccuracy_IsNoise()
    {
        var (lat, lon) = Gps.East(19.9);

        var metres = MovementMeter.Measure([new GeoFix(Gps.Origin.Lat, Gps.Origin.Lon, 10.0), new GeoFix(lat, lon, 10.0)]);

        Assert.Equal(0.0, metres);
    }

    [Fact]
    public void Add_StepJustOutsideCombinedAccuracy_CountsWholeStep()
    {
        var (lat, lon) = Gps.East(20.1);

        var metres = MovementMeter.Measure([new GeoFix(Gps.Origin.Lat, Gps.Origin.Lon, 10.0), new GeoFix(lat, lon, 10.0)]);

        Assert.InRange(metres, 20.09, 20.11);
    }

    [Fact]
    public void Add_StepUnderFloorWithSharpFixes_IsNoise()
    {
        var (lat, lon) = Gps.East(4.5);

        var metres = MovementMeter.Measure([new GeoFix(Gps.Origin.Lat, Gps.Origin.Lon, 1.0), new GeoFix(lat, lon, 1.0)]);

        Assert.Equal(0.0, metres);
    }

    [Fact]
    public void Add_SharperFixOfSameSpot_TightensTheCircleTheNextStepMustLeave()
    {
        var (nearLat, nearLon) = Gps.East(1.0);
        var (stepLat, stepLon) = Gps.East(8.0);

        var metres = MovementMeter.Measure(
        [
            new GeoFix(Gps.Origin.Lat, Gps.Origin.Lon, 15.0),
            new GeoFix(nearLat, nearLon, 2.0),
            new GeoFix(stepLat, stepLon, 2.0),
        ]);

        // The anchor's circle shrinks from 15 m to 2 + 1 = 3 m, so an 8 m step clears 3 + 2 = 5 m.
        Assert.InRange(metres, 7.99, 8.01);
    }

    [Fact]
    public void Add_FixVaguerThanUsableAccuracy_IsIgnored()
    {
        var (farLat, farLon) = Gps.East(500.0);

        var metres = MovementMeter.Measure(
        [
            new GeoFix(Gps.Origin.Lat, Gps.Origin.Lon, 10.0),
            new GeoFix(farLat, farLon, MovementMeter.MaxUsableAccuracyM + 1.0),
            new GeoFix(Gps.Origin.Lat, Gps.Origin.Lon, 10.0),
        ]);

        Assert.Equal(0.0, metres);
    }

    private static List<double> MeasureAll(Func<double, (double Lat, double Lon)> truthAt) =>
        [.. Enumerable.Range(0, Seeds).Select(seed => MovementMeter.Measure(PhoneTrack.Record(seed, Start, truthAt).Select(f => f.Fix)))];
}
