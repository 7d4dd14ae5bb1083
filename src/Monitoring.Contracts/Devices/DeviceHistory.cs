using System.Collections.Immutable;

namespace Monitoring.Contracts.Devices;

/// <summary>A device's battery and signal strength over the last hours, one point per 5-minute slot with a reading, oldest first.</summary>
[GenerateSerializer, Immutable, Alias("device-history")]
public sealed record DeviceHistory(
    [property: Id(0)] string DeviceId,
    [property: Id(1)] ImmutableArray<DeviceHistoryPoint> Points);
