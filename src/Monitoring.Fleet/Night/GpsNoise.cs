namespace Monitoring.Fleet.Night;

/// <summary>
/// Turns a true position into a GPS fix: an accuracy of 5-25 m (mostly the low end outdoors,
/// 8-25 m for a phone lying still) and an error drawn inside 70 % of that accuracy, so two fixes
/// of a still phone never lie further apart than the sum of their accuracies.
/// </summary>
internal static class GpsNoise
{
    public static (double Lat, double Lon, double AccuracyM) Fix(Random rng, LocalFrame frame, double x, double y, bool still)
    {
        var u = rng.NextDouble();
        var accuracy = still ? rng.Between(8, 25) : 5 + (20 * u * u);
        var error = 0.7 * accuracy * Math.Sqrt(rng.NextDouble());
        var bearing = rng.Between(0, 2 * Math.PI);
        var (lat, lon) = frame.ToLatLon(x + (error * Math.Sin(bearing)), y + (error * Math.Cos(bearing)));
        return (Math.Round(lat, 6), Math.Round(lon, 6), Math.Round(accuracy, 1));
    }
}
