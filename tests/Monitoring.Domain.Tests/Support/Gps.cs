using Monitoring.Domain.Geo;

namespace Monitoring.Domain.Tests.Support;

/// <summary>True positions around a site in Paris, and the jittery fixes a phone reports for them.</summary>
internal static class Gps
{
    public const double MinAccuracyM = 5.0;
    public const double MaxAccuracyM = 15.0;
    public const double LoopSideM = 50.0;

    public static readonly (double Lat, double Lon) Origin = (48.8566, 2.3522);

    /// <summary>
    /// What a phone at <paramref name="truth"/> reports: an accuracy in [5, 15) m and a position
    /// displaced from the truth by a random distance within that accuracy, in a random direction.
    /// </summary>
    public static GeoFix Noisy(Random rng, (double Lat, double Lon) truth)
    {
        var accuracy = MinAccuracyM + (rng.NextDouble() * (MaxAccuracyM - MinAccuracyM));
        var (lat, lon) = GeoMath.Offset(truth.Lat, truth.Lon, rng.NextDouble() * accuracy, rng.NextDouble() * 360.0);
        return new GeoFix(lat, lon, accuracy);
    }

    /// <summary>The point <paramref name="metres"/> east of the origin.</summary>
    public static (double Lat, double Lon) East(double metres) => GeoMath.Offset(Origin.Lat, Origin.Lon, metres, 90.0);

    /// <summary>
    /// The point <paramref name="metres"/> along a square patrol loop of 50 m sides (200 m
    /// perimeter) that starts at the origin and runs east, north, west, south.
    /// </summary>
    public static (double Lat, double Lon) OnLoop(double metres)
    {
        var along = metres % (4 * LoopSideM);
        var side = (int)(along / LoopSideM);
        var corner = Origin;
        for (var i = 0; i < side; i++)
        {
            corner = GeoMath.Offset(corner.Lat, corner.Lon, LoopSideM, Bearing(i));
        }

        return GeoMath.Offset(corner.Lat, corner.Lon, along - (side * LoopSideM), Bearing(side));
    }

    private static double Bearing(int side) => side switch
    {
        0 => 90.0,
        1 => 0.0,
        2 => 270.0,
        _ => 180.0,
    };
}
