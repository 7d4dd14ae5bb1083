namespace Monitoring.Simulator.Feed;

/// <summary>The part of an envelope's <c>data</c> the probes read (a guard_updated carries a GuardState).</summary>
internal sealed class ProbeData
{
    public ProbeWindow? Window { get; set; }
}
