using System.Collections.Immutable;
using Monitoring.Contracts.Telemetry;

namespace Monitoring.Contracts.Devices;

/// <summary>One phone. Key: <c>{tenant}/{deviceId}</c>.</summary>
public interface IDeviceGrain : IGrainWithStringKey
{
    /// <summary>Counts the batch's new events (dropping repeated sequence numbers) and forwards guard activity.</summary>
    Task<IngestCounts> IngestAsync(ImmutableArray<TelemetryEvent> events);

    /// <summary>The device's state, or null when it never sent anything.</summary>
    Task<DeviceState?> GetAsync();
}
