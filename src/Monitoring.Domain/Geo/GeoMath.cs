namespace Monitoring.Domain.Geo;

/// <summary>Great-circle distances on a spherical Earth.</summary>
public static class GeoMath
{
    private const double EarthRadiusM = 6_371_008.8;
    private const double DegToRad = Math.PI / 180.0;

    public static double DistanceM(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = (lat2 - lat1) * DegToRad;
        var dLon = (lon2 - lon1) * DegToRad;
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(lat1 * DegToRad) * Math.Cos(lat2 * DegToRad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusM * Math.Asin(Math.Min(1.0, Math.Sqrt(a)));
    }

    public static double DistanceM(GeoFix a, GeoFix b) => DistanceM(a.Lat, a.Lon, b.Lat, b.Lon);

    /// <summary>The point <paramref name="metres"/> away from (lat, lon) on the given bearing.</summary>
    public static (double Lat, double Lon) Offset(double lat, double lon, double metres, double bearingDeg)
    {
        var d = metres / EarthRadiusM;
        var b = bearingDeg * DegToRad;
        var la1 = lat * DegToRad;
        var lo1 = lon * DegToRad;
        var la2 = Math.Asin(Math.Sin(la1) * Math.Cos(d) + Math.Cos(la1) * Math.Sin(d) * Math.Cos(b));
        var lo2 = lo1 + Math.Atan2(Math.Sin(b) * Math.Sin(d) * Math.Cos(la1), Math.Cos(d) - Math.Sin(la1) * Math.Sin(la2));
        return (la2 / DegToRad, lo2 / DegToRad);
    }
}
