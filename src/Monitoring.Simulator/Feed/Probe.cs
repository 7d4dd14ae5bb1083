namespace Monitoring.Simulator.Feed;

/// <summary>
/// One probe: a phone event for a probe guard, and when each client saw the guard_updated that
/// carries it (the first with at least <see cref="PhoneEvents"/> phone events). Timestamps are
/// <see cref="System.Diagnostics.Stopwatch"/> ticks; 0 means not (yet) seen.
/// </summary>
internal sealed class Probe(int guard, int phoneEvents, int clients)
{
    public int Guard { get; } = guard;
    public int PhoneEvents { get; } = phoneEvents;
    public long SentAt { get; set; }
    public long AnsweredAt { get; set; }
    public bool Accepted { get; set; }
    public long[] Arrivals { get; } = new long[clients];
}
