using Monitoring.Domain.Geo;

namespace Monitoring.Domain.Tests.Support;

/// <summary>Thirty minutes of a phone's fixes, one every 30 seconds, jittered with a seeded random.</summary>
internal static class PhoneTrack
{
    public const double WalkSpeedMps = 1.2;
    public const int FixEverySeconds = 30;
    public const int DurationSeconds = 30 * 60;

    /// <summary>
    /// The fixes from <paramref name="start"/> to start + 30 min inclusive (61 fixes), each a noisy
    /// reading of where <paramref name="truthAt"/> puts the guard that many seconds in.
    /// </summary>
    public static IReadOnlyList<(DateTimeOffset Ts, GeoFix Fix)> Record(
        int seed, DateTimeOffset start, Func<double, (double Lat, double Lon)> truthAt)
    {
        var rng = new Random(seed);
        var track = new List<(DateTimeOffset, GeoFix)>();
        for (var s = 0; s <= DurationSeconds; s += FixEverySeconds)
        {
            track.Add((start.AddSeconds(s), Gps.Noisy(rng, truthAt(s))));
        }

        return track;
    }

    /// <summary>Lying on a desk at the origin the whole time.</summary>
    public static Func<double, (double Lat, double Lon)> Still { get; } = _ => Gps.Origin;

    /// <summary>Walking 200 m east at 1.2 m/s, then standing at the end.</summary>
    public static (double Lat, double Lon) StraightWalk200M(double seconds) =>
        Gps.East(Math.Min(200.0, WalkSpeedMps * seconds));

    /// <summary>Walking one lap of the 200 m loop at 1.2 m/s, then standing back at the start.</summary>
    public static (double Lat, double Lon) PatrolLap200M(double seconds) =>
        Gps.OnLoop(Math.Min(200.0, WalkSpeedMps * seconds) % 200.0);
}
