using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
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

        // Most batches carry one event per phone: such a phone's events are a one-element array,
        // without a builder.
        var byDevice = new Dictionary<string, DeviceEvents>(events.Count, StringComparer.Ordinal);
        foreach (var e in events)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(byDevice, e.DeviceId, out var exists);
            if (!exists)
            {
                slot.First = e;
                continue;
            }

            if (slot.More is null)
            {
                slot.More = ImmutableArray.CreateBuilder<TelemetryEvent>(2);
                slot.More.Add(slot.First);
            }

            slot.More.Add(e);
        }

        // Every call is started before any is awaited; the grains' ValueTasks are then awaited in turn.
        var calls = new ValueTask<IngestCounts>[byDevice.Count];
        var i = 0;
        foreach (var (deviceId, slot) in byDevice)
        {
            var batch = slot.More is { } more ? more.DrainToImmutable() : ImmutableArray.Create(slot.First);
            calls[i++] = GrainReferences<IDeviceGrain>.Get(grains, GrainKeys.Compose(tenant, deviceId)).IngestAsync(batch);
        }

        int accepted = 0, duplicates = 0;
        Exception? failed = null;
        foreach (var call in calls)
        {
            try
            {
                var c = await call;
                accepted += c.Accepted;
                duplicates += c.Duplicates;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failed ??= e;
            }
        }

        if (failed is not null)
        {
            ExceptionDispatchInfo.Throw(failed);
        }

        try
        {
            await archived;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ArchiveUnavailableException(e);
        }

        return new IngestCounts(accepted, duplicates);
    }

    private struct DeviceEvents
    {
        public TelemetryEvent First;
        public ImmutableArray<TelemetryEvent>.Builder? More;
    }
}
