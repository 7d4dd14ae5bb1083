using Monitoring.Contracts.Telemetry;

namespace Monitoring.Persistence.Archive;

/// <summary>
/// One device batch's events waiting for a commit, and the caller waiting on it. The answer is null
/// when every event was new, or a flag per event (true: archived by this commit).
/// </summary>
internal sealed class PendingBatch(string tenant, IReadOnlyList<TelemetryEvent> events)
{
    public string Tenant { get; } = tenant;

    public IReadOnlyList<TelemetryEvent> Events { get; } = events;

    // Continuations run on the writer thread: the waiting device grains only queue their next step on
    // their own scheduler there, which is cheaper than a thread-pool hop per batch.
    public TaskCompletionSource<bool[]?> Done { get; } = new();
}
