using Monitoring.Fleet.Night;

namespace Monitoring.Fleet.Fraud;

/// <summary>
/// The tour as a location-mocking app replays it: straight legs from checkpoint to checkpoint at a
/// constant speed from a starting checkpoint, with the times it passes each one.
/// </summary>
internal sealed class MockRoute(SiteLayout site, int first, double speedMps)
{
    /// <summary>The position <paramref name="seconds"/> into the replay, and the checkpoint index of the leg's start.</summary>
    public (double X, double Y, int Leg) At(double seconds)
    {
        var left = seconds * speedMps;
        var count = site.Checkpoints.Count;
        for (var k = 0; ; k++)
        {
            var (from, to) = (site.Checkpoints[(first + k) % count], site.Checkpoints[(first + k + 1) % count]);
            var length = Math.Max(1e-6, Distance(from, to));
            if (left <= length)
            {
                var f = left / length;
                return (from.X + ((to.X - from.X) * f), from.Y + ((to.Y - from.Y) * f), (first + k) % count);
            }

            left -= length;
        }
    }

    /// <summary>When (seconds into the replay) the replay reaches each checkpoint after the start, up to <paramref name="until"/>.</summary>
    public IEnumerable<(double Seconds, int Checkpoint)> Arrivals(double until)
    {
        var count = site.Checkpoints.Count;
        var t = 0.0;
        for (var k = 0; ; k++)
        {
            t += Distance(site.Checkpoints[(first + k) % count], site.Checkpoints[(first + k + 1) % count]) / speedMps;
            if (t >= until)
            {
                yield break;
            }

            yield return (t, (first + k + 1) % count);
        }
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
