using Monitoring.Fleet.Night;

namespace Monitoring.Fleet.Demo;

/// <summary>
/// The night of a demo fleet: it starts now, its shifts are long (12 h unless the demo runs for
/// less), its faults begin 2 to 17 minutes into the shifts so they show within minutes, one shared
/// identity (a critical concurrent_device) begins 40 s after the fleet starts so the first alert comes
/// within a minute, and every kind goes to at least one guard when the fleet is big enough (12 guards).
/// </summary>
internal static class DemoNight
{
    public static readonly TimeSpan LongShift = TimeSpan.FromHours(12);
    public static readonly TimeSpan FaultDelay = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan FaultSpread = TimeSpan.FromMinutes(15);

    /// <summary>How long after the demo begins its lead fault (a shared identity) does, so the first alert comes within a minute.</summary>
    public static readonly TimeSpan LeadFault = TimeSpan.FromSeconds(40);

    /// <summary>The night's settings; <paramref name="begins"/> is when the fleet starts posting (default: <paramref name="start"/>).</summary>
    public static NightSettings Settings(int guards, int sites, int seed, DateTimeOffset start, TimeSpan? runFor = null, DateTimeOffset? begins = null) => new()
    {
        LeadFaultAt = WholeSecond(begins ?? start) + LeadFault,
        Seed = seed,
        Guards = guards,
        Sites = sites,
        Start = WholeSecond(start),
        Length = runFor is { } run ? TimeSpan.FromTicks(Math.Clamp(run.Ticks, TimeSpan.TicksPerHour, TimeSpan.TicksPerDay)) : LongShift,
        Shares = Shares(guards),
        FaultDelay = FaultDelay,
        FaultSpread = FaultSpread,
    };

    /// <summary>The default shares, raised to one guard per kind for a small fleet (at most 1/12 each, so all fit).</summary>
    public static IReadOnlyDictionary<FaultKind, double> Shares(int guards) =>
        NightSettings.DefaultShares().ToDictionary(kv => kv.Key, kv => Math.Min(1.0 / 12, Math.Max(kv.Value, 1.0 / guards)));

    private static DateTimeOffset WholeSecond(DateTimeOffset t) => new(t.UtcTicks - (t.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
