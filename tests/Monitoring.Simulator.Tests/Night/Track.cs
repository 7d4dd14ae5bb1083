using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Tests.Night;

/// <summary>Measures positions the way a jitter-resistant detector would, for checks on generated fixes.</summary>
internal static class Track
{
    /// <summary>
    /// Path length through the fixes, counting a step only once it leaves the circle made by both
    /// fixes' accuracies (at least 5 m), so a phone lying still measures 0 m.
    /// </summary>
    public static double MovedM(IEnumerable<NightEvent> events)
    {
        NightEvent? anchor = null;
        var total = 0.0;
        foreach (var fix in events.Where(e => e.Lat is not null))
        {
            if (anchor is null)
            {
                anchor = fix;
                continue;
            }

            var step = Between(anchor, fix);
            if (step > Math.Max(5, anchor.AccuracyM!.Value + fix.AccuracyM!.Value))
            {
                total += step;
                anchor = fix;
            }
        }

        return total;
    }

    public static double Between(NightEvent a, NightEvent b) => LocalFrame.DistanceM(a.Lat!.Value, a.Lon!.Value, b.Lat!.Value, b.Lon!.Value);

    public static double FromCentre(NightSite site, NightEvent fix) => LocalFrame.DistanceM(site.Lat, site.Lon, fix.Lat!.Value, fix.Lon!.Value);

    /// <summary>The largest distance of any fix from the fixes' mean position.</summary>
    public static double Spread(IReadOnlyList<NightEvent> fixes)
    {
        var lat = fixes.Average(f => f.Lat!.Value);
        var lon = fixes.Average(f => f.Lon!.Value);
        return fixes.Max(f => LocalFrame.DistanceM(lat, lon, f.Lat!.Value, f.Lon!.Value));
    }
}
