using Monitoring.Domain.Activity;

namespace Monitoring.Domain.Inactivity;

/// <summary>Everything one evaluation of one guard needs.</summary>
public sealed record EvaluationInput(
    DateTimeOffset Now,
    DateTimeOffset ShiftStartedAt,
    DateTimeOffset? BreakStartedAt,
    WindowSummary Window,
    TimeZoneInfo SiteZone,
    decimal Threshold,
    OpenAlertState OpenAlert,
    bool Armed,
    int ConsecutiveInactiveWindows);
