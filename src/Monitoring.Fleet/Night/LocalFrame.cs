namespace Monitoring.Fleet.Night;

/// <summary>
/// A flat east/north frame in metres around a site centre, good to well under a metre within the
/// few kilometres a night needs, plus the great-circle distance to check positions against.
/// </summary>
internal readonly record struct LocalFrame(double Lat0, double Lon0)
{
    private const double MetresPerDegree = 111_320.0;
    private const double EarthRadiusM = 6_371_008.8;

    public (double Lat, double Lon) ToLatLon(double eastM, double northM) =>
        (Lat0 + (northM / MetresPerDegree), Lon0 + (eastM / (MetresPerDegree * Math.Cos(Lat0 * Math.PI / 180.0))));

    public static double DistanceM(double lat1, double lon1, double lat2, double lon2)
    {
        const double rad = Math.PI / 180.0;
        var dLat = (lat2 - lat1) * rad;
        var dLon = (lon2 - lon1) * rad;
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(lat1 * rad) * Math.Cos(lat2 * rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusM * Math.Asin(Math.Min(1.0, Math.Sqrt(a)));
    }
}
