using Monitoring.Domain.Alerts;

namespace Monitoring.Contracts.Guards;

/// <summary>The result of the guard's latest scheduled or requested evaluation.</summary>
[GenerateSerializer, Immutable, Alias("last-evaluation")]
public sealed record LastEvaluation(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] double Score,
    [property: Id(2)] Severity Severity,
    [property: Id(3)] bool IsInactive,
    [property: Id(4)] bool IsDeepNight,
    [property: Id(5)] bool IsNightShift,
    [property: Id(6)] string? Suppressed,
    [property: Id(7)] WindowView Window);
