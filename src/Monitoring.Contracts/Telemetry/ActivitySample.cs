using Monitoring.Domain.Telemetry;

namespace Monitoring.Contracts.Telemetry;

/// <summary>
/// The part of one telemetry event a guard cares about. Attendance events (shift_start, biometric,
/// checkpoint) also carry their seq and the device's battery and signal (the event's own, else the
/// device's last known) for the fraud score; other samples leave those empty.
/// </summary>
[GenerateSerializer, Immutable, Alias("activity-sample")]
public readonly record struct ActivitySample(
    [property: Id(0)] DateTimeOffset Ts,
    [property: Id(1)] EventType Type,
    [property: Id(2)] double? Lat,
    [property: Id(3)] double? Lon,
    [property: Id(4)] double? AccuracyM,
    [property: Id(5)] string? SiteId,
    [property: Id(6)] bool? Success = null,
    [property: Id(7)] long Seq = 0,
    [property: Id(8)] double? Battery = null,
    [property: Id(9)] double? SignalDbm = null);
