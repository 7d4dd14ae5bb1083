namespace Monitoring.Simulator.Feed;

/// <summary>The one field of a guard's window the probes look at.</summary>
internal sealed class ProbeWindow
{
    public int PhoneEvents { get; set; }
}
