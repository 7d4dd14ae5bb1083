namespace Monitoring.Grains.Devices;

/// <summary>One stored battery reading.</summary>
[GenerateSerializer, Immutable, Alias("device-battery-point")]
public sealed record BatteryPoint([property: Id(0)] DateTimeOffset At, [property: Id(1)] double Percent, [property: Id(2)] bool Charging);
