using Monitoring.Fleet.Demo;
using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Demo;

/// <summary>
/// The options of the <c>demo</c> verb: the host, a small fleet and how long to run (0: until
/// Ctrl+C, or the end of a 12-hour shift). The night starts now; its faults begin 2 to 17 minutes
/// into the shifts, and every fault kind is given to at least one guard when the fleet is big enough.
/// </summary>
internal sealed record DemoSettings(Uri Url, string Key, int Guards, int Sites, int Seed, int Minutes)
{
    /// <summary>How long the demo runs; null until cancelled (or the night ends).</summary>
    public TimeSpan? RunFor => Minutes > 0 ? TimeSpan.FromMinutes(Minutes) : null;

    public NightSettings Night(DateTimeOffset start) => DemoNight.Settings(Guards, Sites, Seed, start, RunFor);
}
