using Monitoring.Domain.Alerts;

namespace Monitoring.Grains.Guards;

/// <summary>One evaluation of the guard's history as stored (<see cref="GuardSnapshot.Trail"/>).</summary>
[GenerateSerializer, Immutable, Alias("guard-trail-record")]
public sealed record TrailRecord(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] double Score,
    [property: Id(2)] Severity Severity,
    [property: Id(3)] bool WarmingUp,
    [property: Id(4)] int Phone,
    [property: Id(5)] double MovementM,
    [property: Id(6)] int Tasks,
    [property: Id(7)] int Checkpoints,
    [property: Id(8)] double? Lat,
    [property: Id(9)] double? Lon);
