namespace Monitoring.Fleet.Night;

/// <summary>
/// The night's sites: <c>site-{i}</c>, each placed within about 15 km of one of a fixed set of
/// cities in six time zones, named after its city and kind, with a geofence of 150 to 400 m.
/// </summary>
internal static class SiteCatalog
{
    private static readonly (string City, string Zone, double Lat, double Lon)[] Cities =
    [
        ("Paris", "Europe/Paris", 48.8566, 2.3522),
        ("Lyon", "Europe/Paris", 45.7640, 4.8357),
        ("London", "Europe/London", 51.5072, -0.1276),
        ("Manchester", "Europe/London", 53.4808, -2.2426),
        ("New York", "America/New_York", 40.7128, -74.0060),
        ("Boston", "America/New_York", 42.3601, -71.0589),
        ("Chicago", "America/Chicago", 41.8781, -87.6298),
        ("Dallas", "America/Chicago", 32.7767, -96.7970),
        ("Tokyo", "Asia/Tokyo", 35.6762, 139.6503),
        ("Osaka", "Asia/Tokyo", 34.6937, 135.5023),
        ("Sydney", "Australia/Sydney", -33.8688, 151.2093),
        ("Newcastle", "Australia/Sydney", -32.9283, 151.7817),
    ];

    private static readonly string[] Kinds =
        ["Warehouse", "Data Centre", "Office Park", "Depot", "Mall", "Hospital", "Campus", "Port Gate", "Plant", "Car Park"];

    /// <summary>The time zones the sites are drawn from.</summary>
    public static IReadOnlyList<string> TimeZones { get; } = [.. Cities.Select(c => c.Zone).Distinct()];

    public static IReadOnlyList<NightSite> Build(int seed, int count)
    {
        var sites = new NightSite[count];
        for (var i = 0; i < count; i++)
        {
            var rng = SeedMix.Random(seed, i, SeedMix.SiteCatalog);
            var city = Cities[rng.Next(Cities.Length)];
            var kind = Kinds[rng.Next(Kinds.Length)];
            var frame = new LocalFrame(city.Lat, city.Lon);
            var distance = 15_000 * Math.Sqrt(rng.NextDouble());
            var bearing = rng.Between(0, 2 * Math.PI);
            var (lat, lon) = frame.ToLatLon(distance * Math.Sin(bearing), distance * Math.Cos(bearing));
            var radius = Math.Round(rng.Between(150, 400));
            sites[i] = new NightSite($"site-{i}", $"{city.City} {kind} {i}", city.Zone, Math.Round(lat, 6), Math.Round(lon, 6), radius);
        }

        return sites;
    }
}
