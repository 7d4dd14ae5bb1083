using Monitoring.Domain.Alerts;

namespace Monitoring.Contracts.Guards;

/// <summary>One evaluation's score, for the per-guard chart.</summary>
[GenerateSerializer, Immutable, Alias("score-point")]
public sealed record ScorePoint(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] double Score,
    [property: Id(2)] Severity Severity);
