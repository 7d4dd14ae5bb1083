using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Monitoring.Contracts.Devices;
using Monitoring.Contracts.Telemetry;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Placement;
using Monitoring.Grains.Storage;

namespace Monitoring.Server.Ingest;

/// <summary>
/// Groups a batch's valid events by device and makes one grain call per device, all at once. Each
/// device grain archives its new events (with PostgreSQL) before it applies them, so the batch is
/// done when every call is; a failed call makes the batch a 503 that the client retries unchanged.
/// A call cut because a silo on its way left the cluster or is stopping (a rejected message,
/// <see cref="OrleansMessageRejectionException"/>, <see cref="SiloUnavailableException"/> among them:
/// a silo stopped gracefully, its grains moving) is made again here first, as the client would
/// make it: the device grain counts the events it had already applied as duplicates.
/// </summary>
internal sealed partial class IngestDispatcher(IGrainFactory grains, ITelemetryArchive archive, ILogger<IngestDispatcher> logger)
{
    /// <summary>Attempts of one device's call when a silo left under it; then the batch is a 503.</summary>
    private const int DepartedSiloAttempts = 4;

    /// <summary>Between attempts: the cluster learns of the departure and the grains reactivate elsewhere.</summary>
    private static readonly TimeSpan DepartedSiloPause = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Counts, and the events the devices refused as positions in <paramref name="events"/>.
    /// Throws <see cref="IngestUnavailableException"/> when the batch must be retried.
    /// </summary>
    public async Task<(IngestCounts Counts, List<(int Index, DeviceRejection Rejection)>? Refused)> DispatchAsync(
        string tenant, List<TelemetryEvent> events)
    {
        if (events.Count == 0)
        {
            return default;
        }

        if (archive.IsSaturated)
        {
            throw new IngestUnavailableException("The telemetry archive is saturated; nothing was acknowledged.") { Saturated = true };
        }

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
        var calls = new (string DeviceId, ValueTask<IngestCounts> Call)[byDevice.Count];
        var spans = DeviceSpans.Start(byDevice.Count);
        var i = 0;
        foreach (var (deviceId, slot) in byDevice)
        {
            var batch = slot.More is { } more ? more.DrainToImmutable() : ImmutableArray.Create(slot.First);
            spans?.Open(i, deviceId, batch.Length);
            var guardId = GuardNamed(batch);
            if (guardId is not null)
            {
                // Guard placement puts a device grain activated by this call beside the guard.
                GuardPlacementHint.Name(GrainKeys.Compose(tenant, guardId));
            }

            calls[i++] = (deviceId, IngestAsync(GrainReferences<IDeviceGrain>.Get(grains, GrainKeys.Compose(tenant, deviceId)), batch, logger));
            if (guardId is not null)
            {
                GuardPlacementHint.Forget();
            }

            spans?.Detach();
        }

        int accepted = 0, duplicates = 0;
        Exception? failed = null;
        List<(int, DeviceRejection)>? refused = null;
        for (var k = 0; k < calls.Length; k++)
        {
            var (deviceId, call) = calls[k];
            try
            {
                var c = await call;
                spans?.Close(k, null);
                accepted += c.Accepted;
                duplicates += c.Duplicates;
                if (c.Rejected is { Count: > 0 } rejected)
                {
                    refused ??= [];
                    refused.AddRange(Locate(events, deviceId, rejected));
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                spans?.Close(k, e);
                failed ??= e;
            }
        }

        if (failed is not null)
        {
            LogBatchFailed(logger, tenant, events.Count, failed);
            throw new IngestUnavailableException("The batch could not be archived or applied; nothing was acknowledged.", failed);
        }

        return (new IngestCounts(accepted, duplicates), refused);
    }

    /// <summary>The device's call, made again while a silo it went through has just left.</summary>
    private static ValueTask<IngestCounts> IngestAsync(IDeviceGrain device, ImmutableArray<TelemetryEvent> batch, ILogger logger)
    {
        var call = device.IngestAsync(batch);
        return call.IsCompletedSuccessfully ? call : RetryAsync(device, batch, call, logger);

        static async ValueTask<IngestCounts> RetryAsync(IDeviceGrain device, ImmutableArray<TelemetryEvent> batch, ValueTask<IngestCounts> first, ILogger logger)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await (attempt == 1 ? first : device.IngestAsync(batch));
                }
                catch (OrleansMessageRejectionException e) when (attempt < DepartedSiloAttempts)
                {
                    LogDepartedSilo(logger, batch.Length, attempt, e.Message);
                    await Task.Delay(DepartedSiloPause);
                }
            }
        }
    }

    /// <summary>The guard a shift start in the device's events names, if any (most batches name none).</summary>
    private static string? GuardNamed(ImmutableArray<TelemetryEvent> batch)
    {
        foreach (var e in batch)
        {
            if (e.GuardId is { } guardId)
            {
                return guardId;
            }
        }

        return null;
    }

    /// <summary>Turns a device's rejections (positions among its own events) into positions in the whole list.</summary>
    private static IEnumerable<(int, DeviceRejection)> Locate(List<TelemetryEvent> events, string deviceId, IReadOnlyList<DeviceRejection> rejected)
    {
        var positions = new List<int>();
        for (var i = 0; i < events.Count; i++)
        {
            if (string.Equals(events[i].DeviceId, deviceId, StringComparison.Ordinal))
            {
                positions.Add(i);
            }
        }

        return rejected.Select(r => (positions[r.Position], r));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Departed silo: a device's {Count} events sent again after attempt {Attempt} ({Reason}).")]
    private static partial void LogDepartedSilo(ILogger logger, int count, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A telemetry batch of tenant {Tenant} ({Count} events) failed and is answered 503.")]
    private static partial void LogBatchFailed(ILogger logger, string tenant, int count, Exception exception);

    private struct DeviceEvents
    {
        public TelemetryEvent First;
        public ImmutableArray<TelemetryEvent>.Builder? More;
    }
}
