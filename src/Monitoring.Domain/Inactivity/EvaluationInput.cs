using Monitoring.Domain.Activity;

namespace Monitoring.Domain.Inactivity;

/// <summary>
/// Everything one evaluation of one guard needs. <see cref="Window"/> covers the last minutes of duty
/// (declared breaks skipped, <see cref="ActivityWindow.SummarizeDuty"/>); <see cref="OffDutyInShift"/>
/// is the break time since the shift started, which is not duty either.
/// </summary>
public sealed record EvaluationInput(
    DateTimeOffset Now,
    DateTimeOffset ShiftStartedAt,
    DateTimeOffset? BreakStartedAt,
    WindowSummary Window,
    TimeZoneInfo SiteZone,
    decimal Threshold,
    OpenAlertState OpenAlert,
    bool Armed,
    int ConsecutiveInactiveWindows)
{
    public TimeSpan OffDutyInShift { get; init; }
}
