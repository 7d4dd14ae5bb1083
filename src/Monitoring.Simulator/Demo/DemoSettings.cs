using Monitoring.Simulator.Cli;
using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Demo;

/// <summary>
/// The options of the <c>demo</c> verb: the host, a small fleet and how long to run (0: until
/// Ctrl+C, or the end of a 12-hour shift). The night starts now; its faults begin 2 to 17 minutes
/// into the shifts, and every fault kind is given to at least one guard when the fleet is big enough.
/// </summary>
internal sealed record DemoSettings(Uri Url, string Key, int Guards, int Sites, int Seed, int Minutes)
{
    public static readonly TimeSpan LongShift = TimeSpan.FromHours(12);
    public static readonly TimeSpan FaultDelay = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan FaultSpread = TimeSpan.FromMinutes(15);

    public static DemoSettings From(CommandLine cli) => new(
        cli.LoopbackUrl(),
        cli.Text("key"),
        cli.Int("guards", 40),
        cli.Int("sites", 4),
        cli.Int("seed", 7, min: 0),
        cli.Int("minutes", 0, min: 0));

    /// <summary>How long the demo runs; null until cancelled (or the night ends).</summary>
    public TimeSpan? RunFor => Minutes > 0 ? TimeSpan.FromMinutes(Minutes) : null;

    public NightSettings Night(DateTimeOffset start) => new()
    {
        Seed = Seed,
        Guards = Guards,
        Sites = Sites,
        Start = start,
        Length = RunFor is { } run ? TimeSpan.FromTicks(Math.Clamp(run.Ticks, TimeSpan.TicksPerHour, TimeSpan.TicksPerDay)) : LongShift,
        Shares = Shares(Guards),
        FaultDelay = FaultDelay,
        FaultSpread = FaultSpread,
    };

    /// <summary>The default shares, raised to one guard per kind for a small fleet (at most 1/12 each, so all fit).</summary>
    public static IReadOnlyDictionary<FaultKind, double> Shares(int guards) =>
        NightSettings.DefaultShares().ToDictionary(kv => kv.Key, kv => Math.Min(1.0 / 12, Math.Max(kv.Value, 1.0 / guards)));
}
