namespace Monitoring.Contracts.Devices;

/// <summary>
/// A device's readings in one 5-minute slot (<see cref="At"/> is the slot's start): the last battery
/// level (whole percent) and signal strength (whole dBm) reported in it; null where none was.
/// </summary>
[GenerateSerializer, Immutable, Alias("device-history-point")]
public sealed record DeviceHistoryPoint(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] double? Battery,
    [property: Id(2)] bool? Charging,
    [property: Id(3)] double? SignalDbm);
