using System.Collections.Immutable;
using Monitoring.Contracts.Telemetry;

namespace Monitoring.Contracts.Devices;

/// <summary>One phone. Key: <c>{tenant}/{deviceId}</c>.</summary>
public interface IDeviceGrain : IGrainWithStringKey
{
    /// <summary>Counts the batch's new events (dropping repeated sequence numbers) and forwards guard activity.</summary>
    Task<IngestCounts> IngestAsync(ImmutableArray<TelemetryEvent> events);

    /// <summary>Runs the device-health rules now (the guard's durable evaluation asks, in case the device's wake-up was lost with its silo).</summary>
    Task CheckHealthAsync();

    /// <summary>The device's state, or null when it never sent anything.</summary>
    Task<DeviceState?> GetAsync();
}
