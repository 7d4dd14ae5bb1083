namespace Monitoring.Simulator.Quality;

/// <summary>
/// One line of the quality report, for an alert type or a behaviour kind. Null means "does not
/// apply" (a precision for a kind, a recall with no fault, a delay with nothing detected).
/// <see cref="FalseAlarms"/> is, for a type, its alerts that matched no fault; for a kind, the
/// alerts that matched nothing but fell on its guards inside its windows (plus grace).
/// </summary>
internal sealed record QualityRow(
    string Label,
    int Faults,
    int Detected,
    double? Recall,
    int? Raised,
    int? TruePositives,
    double? Precision,
    TimeSpan? DelayP50,
    TimeSpan? DelayP95,
    double? DuplicatesMean,
    int? DuplicatesMax,
    int FalseAlarms);
