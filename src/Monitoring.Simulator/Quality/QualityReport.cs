namespace Monitoring.Simulator.Quality;

/// <summary>What <see cref="QualityScorer"/> found: one row per alert type, one per behaviour kind, and the false alarms.</summary>
internal sealed record QualityReport(
    IReadOnlyList<QualityRow> ByType,
    IReadOnlyList<QualityRow> ByKind,
    FalseAlarmSummary FalseAlarms,
    int Alerts,
    ScoringOptions Options);
