using Monitoring.Contracts.Telemetry;

namespace Monitoring.Persistence.Archive;

/// <summary>One request's events waiting for a commit, and the caller waiting on it.</summary>
internal sealed class PendingBatch(string tenant, IReadOnlyList<TelemetryEvent> events)
{
    public string Tenant { get; } = tenant;

    public IReadOnlyList<TelemetryEvent> Events { get; } = events;

    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
