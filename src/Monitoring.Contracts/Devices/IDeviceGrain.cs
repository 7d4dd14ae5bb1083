using System.Collections.Immutable;
using Monitoring.Contracts.Telemetry;
using Orleans.Concurrency;

namespace Monitoring.Contracts.Devices;

/// <summary>One phone. Key: <c>{tenant}/{deviceId}</c>.</summary>
public interface IDeviceGrain : IGrainWithStringKey
{
    /// <summary>Counts the batch's new events (dropping repeated sequence numbers) and forwards guard activity.</summary>
    ValueTask<IngestCounts> IngestAsync(ImmutableArray<TelemetryEvent> events);

    /// <summary>
    /// Asks the device to run its health rules now, without waiting (the guard's durable evaluation
    /// asks, in case the device's wake-up was lost with its silo). One-way: the guard's evaluation never
    /// waits on it, so a device whose silo just died cannot hold the guard up until the call times out.
    /// </summary>
    [OneWay]
    Task RequestHealthCheckAsync();

    /// <summary>
    /// Runs the device's health rules now and answers when done: on the manual clock (one host, replays
    /// and tests) the guard waits for it, so the clock moves on only after the device has set its next
    /// wake-up.
    /// </summary>
    Task CheckHealthAsync();

    /// <summary>The device's state, or null when it never sent anything.</summary>
    Task<DeviceState?> GetAsync();

    /// <summary>Battery and signal strength per 5-minute slot since <paramref name="since"/> (the device keeps 8 hours).</summary>
    Task<DeviceHistory> GetHistoryAsync(DateTimeOffset since);
}
