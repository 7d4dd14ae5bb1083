namespace Monitoring.Server.Apis;

/// <summary>
/// How far one <c>POST /api/v1/admin/clock</c> may move the manual clock. Moving forward runs every
/// job due on the way, so one call may only go <c>Monitoring:MaxClockStep</c> ahead (a week by
/// default); moving back runs nothing and may go any distance, but the clock stays within years
/// whose windows and retention arithmetic cannot leave the calendar.
/// </summary>
internal static class ClockBounds
{
    public static readonly DateTimeOffset Earliest = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Latest = new(3000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Why <paramref name="target"/> is refused, or null when the clock may move there.</summary>
    public static string? Check(DateTimeOffset target, DateTimeOffset current, TimeSpan maxStep)
    {
        if (target < Earliest || target >= Latest)
        {
            return $"must lie between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}";
        }

        return target - current > maxStep
            ? $"at most {maxStep.TotalHours:0.##} hours ahead of the host clock ({current:O}) per call; move it in several steps"
            : null;
    }
}
