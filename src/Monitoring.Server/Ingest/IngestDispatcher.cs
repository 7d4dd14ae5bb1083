using System.Collections.Immutable;
using Monitoring.Contracts.Devices;
using Monitoring.Contracts.Telemetry;
using Monitoring.Grains.Keys;
using Monitoring.Persistence.Archive;

namespace Monitoring.Server.Ingest;

/// <summary>
/// Groups a batch's valid events by device and makes one grain call per device, all at once. With
/// PostgreSQL the events also go to the archive's next group commit, at the same time; the batch
/// counts as done only when both are (see <see cref="ArchiveUnavailableException"/>).
/// </summary>
internal sealed class IngestDispatcher(IGrainFactory grains, TelemetryArchive? archive = null)
{
    public async Task<IngestCounts> DispatchAsync(string tenant, List<TelemetryEvent> events)
    {
        if (events.Count == 0)
        {
            return default;
        }

        var archived = archive?.WriteAsync(tenant, events) ?? Task.CompletedTask;

        var byDevice = new Dictionary<string, ImmutableArray<TelemetryEvent>.Builder>(events.Count, StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (!byDevice.TryGetValue(e.DeviceId, out var list))
            {
                list = ImmutableArray.CreateBuilder<TelemetryEvent>(1);
                byDevice[e.DeviceId] = list;
            }

            list.Add(e);
        }

        var calls = new Task<IngestCounts>[byDevice.Count];
        var i = 0;
        foreach (var (deviceId, list) in byDevice)
        {
            calls[i++] = GrainReferences<IDeviceGrain>.Get(grains, GrainKeys.Compose(tenant, deviceId)).IngestAsync(list.DrainToImmutable());
        }

        var counts = await Task.WhenAll(calls);
        try
        {
            await archived;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ArchiveUnavailableException(e);
        }

        int accepted = 0, duplicates = 0;
        foreach (var c in counts)
        {
            accepted += c.Accepted;
            duplicates += c.Duplicates;
        }

        return new IngestCounts(accepted, duplicates);
    }
}
