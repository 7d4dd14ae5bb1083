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

    public TaskCompletionSource<bool[]?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
