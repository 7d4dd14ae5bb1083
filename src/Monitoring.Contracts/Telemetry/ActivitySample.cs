using Monitoring.Domain.Telemetry;

namespace Monitoring.Contracts.Telemetry;

/// <summary>The part of one telemetry event a guard cares about.</summary>
[GenerateSerializer, Immutable, Alias("activity-sample")]
public readonly record struct ActivitySample(
    [property: Id(0)] DateTimeOffset Ts,
    [property: Id(1)] EventType Type,
    [property: Id(2)] double? Lat,
    [property: Id(3)] double? Lon,
    [property: Id(4)] double? AccuracyM,
    [property: Id(5)] string? SiteId,
    [property: Id(6)] bool? Success = null);
