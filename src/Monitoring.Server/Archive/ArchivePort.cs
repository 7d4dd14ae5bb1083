using Monitoring.Contracts.Telemetry;
using Monitoring.Grains.Storage;
using Monitoring.Persistence.Archive;

namespace Monitoring.Server.Archive;

/// <summary>The device grains' archive port on PostgreSQL: the group-committing <see cref="TelemetryArchive"/>.</summary>
internal sealed class ArchivePort(TelemetryArchive archive) : ITelemetryArchive
{
    public bool IsSaturated => archive.IsSaturated;

    public async ValueTask<ArchiveVerdict> AppendAsync(string tenant, IReadOnlyList<TelemetryEvent> events) =>
        await archive.WriteAsync(tenant, events) is { } flags ? new ArchiveVerdict(flags) : ArchiveVerdict.AllNew;

    public Task RemoveAsync(string tenant, IReadOnlyList<TelemetryEvent> events) => archive.RemoveAsync(tenant, events);
}
