using Monitoring.Domain.Geo;

namespace Monitoring.Grains.Guards;

/// <summary>
/// The point the guard's history keeps its positions against: each position is two 16-bit offsets
/// in metres north and east of it (up to about 32 km either way), 4 bytes instead of 16.
/// </summary>
internal struct TrailOrigin
{
    public const short NoFix = short.MinValue;
    private const double MetresPerDegree = 111_320.0;
    private const double E7 = 1e7;

    private int _latE7;
    private int _lonE7;
    private bool _set;

    /// <summary>The offsets of <paramref name="fix"/>; false when it lies beyond their reach.</summary>
    public bool TryEncode(GeoFix fix, out short northM, out short eastM)
    {
        if (!_set)
        {
            (_latE7, _lonE7, _set) = ((int)Math.Round(fix.Lat * E7), (int)Math.Round(fix.Lon * E7), true);
        }

        var north = Math.Round((fix.Lat - Lat) * MetresPerDegree);
        var east = Math.Round((fix.Lon - Lon) * MetresPerDegree * Math.Cos(Lat * Math.PI / 180));
        var fits = Math.Abs(north) < short.MaxValue && Math.Abs(east) < short.MaxValue;
        (northM, eastM) = fits ? ((short)north, (short)east) : (NoFix, NoFix);
        return fits;
    }

    /// <summary>Moves the origin to <paramref name="fix"/> (a position beyond the reach of the old one).</summary>
    public void MoveTo(GeoFix fix) => (_latE7, _lonE7, _set) = ((int)Math.Round(fix.Lat * E7), (int)Math.Round(fix.Lon * E7), true);

    public readonly GeoFix? Decode(short northM, short eastM) =>
        northM == NoFix || !_set
            ? null
            : new GeoFix(Lat + (northM / MetresPerDegree), Lon + (eastM / (MetresPerDegree * Math.Cos(Lat * Math.PI / 180))), 0);

    private readonly double Lat => _latE7 / E7;

    private readonly double Lon => _lonE7 / E7;
}
