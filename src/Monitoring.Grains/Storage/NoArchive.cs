using Monitoring.Contracts.Telemetry;

namespace Monitoring.Grains.Storage;

/// <summary>The embedded default: no archive, so the device grain's own memory decides what is new.</summary>
public sealed class NoArchive : ITelemetryArchive
{
    public static NoArchive Instance { get; } = new();

    public bool IsSaturated => false;

    public ValueTask<ArchiveVerdict> AppendAsync(string tenant, IReadOnlyList<TelemetryEvent> events) => ValueTask.FromResult(ArchiveVerdict.AllNew);

    public Task RemoveAsync(string tenant, IReadOnlyList<TelemetryEvent> events) => Task.CompletedTask;
}
