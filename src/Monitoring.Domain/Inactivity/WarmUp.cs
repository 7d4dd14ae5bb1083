namespace Monitoring.Domain.Inactivity;

/// <summary>
/// Whether a guard's evaluation window lies inside the shift yet. Until it does, the window still
/// holds minutes from before the shift (or a break), when nobody was on duty, so its score says
/// nothing about the guard: no severity is shown and no inactivity alert is raised
/// (<see cref="GuardEvaluator.WindowFilling"/>). Minutes of declared breaks are not duty and do not count.
/// </summary>
public static class WarmUp
{
    /// <summary>True while less than the window's span of duty lies between the shift start and <paramref name="now"/>.</summary>
    public static bool IsWarmingUp(DateTimeOffset now, DateTimeOffset shiftStartedAt, TimeSpan offDutyInShift, TimeSpan window) =>
        now - shiftStartedAt - offDutyInShift < window;

    /// <summary>
    /// The whole minutes of duty the window holds so far (0 up to the window's minutes less one), or
    /// null once the window lies inside the shift.
    /// </summary>
    public static int? MinutesIn(DateTimeOffset now, DateTimeOffset shiftStartedAt, TimeSpan offDutyInShift, TimeSpan window)
    {
        if (!IsWarmingUp(now, shiftStartedAt, offDutyInShift, window))
        {
            return null;
        }

        var duty = now - shiftStartedAt - offDutyInShift;
        return duty <= TimeSpan.Zero ? 0 : (int)Math.Floor(duty.TotalMinutes);
    }

    /// <summary>The window's length in whole minutes (the "of" in "8 of 30 min").</summary>
    public static int WindowMinutes(TimeSpan window) => (int)Math.Ceiling(window.TotalMinutes);
}
