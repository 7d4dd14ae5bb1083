namespace Monitoring.Simulator.Quality;

/// <summary>
/// What <see cref="QualityScorer"/> found: one row per alert type, one per behaviour kind, the false
/// alarms, and inactivity's noise (what was notified, declared breaks alerted).
/// </summary>
internal sealed record QualityReport(
    IReadOnlyList<QualityRow> ByType,
    IReadOnlyList<QualityRow> ByKind,
    FalseAlarmSummary FalseAlarms,
    int Alerts,
    ScoringOptions Options,
    NoiseSummary Noise);
