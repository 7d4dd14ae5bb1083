using Monitoring.Fleet.Http;
using Monitoring.Fleet.Night;

namespace Monitoring.Fleet.Demo;

/// <summary>
/// Where a <see cref="DemoFleet"/> stands: the time (every event due by then has been posted), what has been sent, how many guards have
/// started their shift, and the scripted faults that have begun by now (of all faults in the night).
/// </summary>
internal sealed record DemoProgress(
    DateTimeOffset At,
    SendTally Sent,
    int GuardsStarted,
    int Guards,
    IReadOnlyList<FaultTruth> FaultsBegun,
    int Faults,
    bool Finished);
