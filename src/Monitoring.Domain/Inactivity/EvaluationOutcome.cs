namespace Monitoring.Domain.Inactivity;

/// <summary>
/// The result of one evaluation. <see cref="Suppressed"/> names why no alert may be raised
/// (<c>on_break</c>, <c>window_filling</c>) or is null. <see cref="Armed"/> is false after an
/// operator closed an alert while the guard was still inactive: no new alert until the guard is
/// seen active again, so a confirmed sleeper is not paged every five minutes.
/// </summary>
public sealed record EvaluationOutcome(
    InactivityScore Score,
    bool IsNightShift,
    string? Suppressed,
    int ConsecutiveInactiveWindows,
    bool Armed,
    AlertDecision Decision);
