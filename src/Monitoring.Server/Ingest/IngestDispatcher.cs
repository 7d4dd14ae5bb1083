using System.Collections.Immutable;
using Monitoring.Contracts.Devices;
using Monitoring.Contracts.Telemetry;
using Monitoring.Grains.Keys;

namespace Monitoring.Server.Ingest;

/// <summary>Groups a batch's valid events by device and makes one grain call per device, all at once.</summary>
internal sealed class IngestDispatcher(IGrainFactory grains)
{
    public async Task<IngestCounts> DispatchAsync(string tenant, List<TelemetryEvent> events)
    {
        if (events.Count == 0)
        {
            return default;
        }

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
        int accepted = 0, duplicates = 0;
        foreach (var c in counts)
        {
            accepted += c.Accepted;
            duplicates += c.Duplicates;
        }

        return new IngestCounts(accepted, duplicates);
    }
}
