namespace Monitoring.Simulator.Quality;

/// <summary>
/// How alerts are scored: the evaluation period that turns guard time into guard-windows (the
/// false-alarm denominator), and the grace after a fault's end within which an alert still counts.
/// </summary>
internal sealed record ScoringOptions
{
    public TimeSpan EvaluationPeriod { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan Grace { get; init; } = TimeSpan.FromMinutes(35);
}
