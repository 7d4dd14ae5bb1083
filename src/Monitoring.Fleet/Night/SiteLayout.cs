namespace Monitoring.Fleet.Night;

/// <summary>
/// The ground of one site as the guards walk it, in metres east/north of the centre: the guard
/// post near the middle, the tour checkpoints on a loop well inside the geofence (a loop between
/// points inside a circle stays inside it), a smooth radio field for the signal strength, the
/// night's outdoor temperature and the site's task list.
/// </summary>
internal sealed class SiteLayout
{
    private readonly double _signalBase;
    private readonly (double Amplitude, double Wavelength, double Phase) _east;
    private readonly (double Amplitude, double Wavelength, double Phase) _north;

    public SiteLayout(int seed, int index, NightSite site)
    {
        var rng = SeedMix.Random(seed, index, SeedMix.SiteLayout);
        Site = site;
        Frame = new LocalFrame(site.Lat, site.Lon);
        var radius = site.GeofenceRadiusM;
        var count = rng.Next(6, 11);
        var phase = rng.Between(0, 2 * Math.PI);
        var points = new (double X, double Y)[count];
        var ids = new string[count];
        for (var k = 0; k < count; k++)
        {
            var angle = phase + (2 * Math.PI * (k + rng.Between(-0.25, 0.25)) / count);
            var r = radius * rng.Between(0.35, 0.8);
            points[k] = (r * Math.Sin(angle), r * Math.Cos(angle));
            ids[k] = $"{site.Id}-cp-{k + 1}";
        }

        Checkpoints = points;
        CheckpointIds = ids;
        var postAngle = rng.Between(0, 2 * Math.PI);
        var postR = radius * rng.Between(0, 0.2);
        Post = (postR * Math.Sin(postAngle), postR * Math.Cos(postAngle));
        _signalBase = rng.Between(-84, -76);
        _east = (rng.Between(4, 6), rng.Between(60, 150), rng.Between(0, 2 * Math.PI));
        _north = (rng.Between(4, 6), rng.Between(60, 150), rng.Between(0, 2 * Math.PI));
        AmbientC = rng.Between(-2, 18);
        TaskIds = [.. Enumerable.Range(1, 8).Select(n => $"{site.Id}-task-{n}")];
    }

    public NightSite Site { get; }

    public LocalFrame Frame { get; }

    public (double X, double Y) Post { get; }

    public IReadOnlyList<(double X, double Y)> Checkpoints { get; }

    public IReadOnlyList<string> CheckpointIds { get; }

    public IReadOnlyList<string> TaskIds { get; }

    public double AmbientC { get; }

    /// <summary>The mean signal at a spot, about -94 to -66 dBm; the phone adds its own noise.</summary>
    public double SignalAt(double x, double y) =>
        _signalBase
        + (_east.Amplitude * Math.Sin((x / _east.Wavelength) + _east.Phase))
        + (_north.Amplitude * Math.Cos((y / _north.Wavelength) + _north.Phase));
}
