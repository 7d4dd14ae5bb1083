using Monitoring.Fleet.Http;

namespace Monitoring.Simulator.Quality;

/// <summary>What a <see cref="NightReplay"/> did: the clock moves, what was sent and how, and the wall time it took.</summary>
internal sealed record ReplayFigures(int ClockSteps, SendTally Sent, TimeSpan Wall)
{
    /// <summary>Every event reached the host and none was turned away.</summary>
    public bool Clean => Sent.FailedBatches == 0 && Sent.Rejected == 0;
}
