namespace Monitoring.Grains.Guards;

/// <summary>The newest event time of one of a guard's devices, as stored.</summary>
[GenerateSerializer, Immutable, Alias("device-seen-record")]
public sealed record DeviceSeenRecord([property: Id(0)] string DeviceId, [property: Id(1)] DateTimeOffset At);
