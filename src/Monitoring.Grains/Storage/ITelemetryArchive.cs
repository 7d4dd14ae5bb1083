using Monitoring.Contracts.Telemetry;

namespace Monitoring.Grains.Storage;

/// <summary>
/// Where accepted telemetry becomes durable before a device grain applies it. With PostgreSQL the
/// archive is the authority on what was seen: after a silo dies, a device grain restored from an
/// older checkpoint still learns from it which re-sent events were acknowledged before.
/// </summary>
public interface ITelemetryArchive
{
    /// <summary>True while the archive cannot take more (its queue is full): ingest refuses at once.</summary>
    bool IsSaturated { get; }

    /// <summary>
    /// Commits <paramref name="events"/> (one device's, in order) and answers which of them were not
    /// archived before. Faults, with nothing committed, when the archive refuses or cannot be reached.
    /// </summary>
    ValueTask<ArchiveVerdict> AppendAsync(string tenant, IReadOnlyList<TelemetryEvent> events);

    /// <summary>
    /// Takes back rows <see cref="AppendAsync"/> added when the batch could not be applied after all,
    /// so that the client's retry is applied instead of counted as a duplicate.
    /// </summary>
    Task RemoveAsync(string tenant, IReadOnlyList<TelemetryEvent> events);
}
