namespace Monitoring.Domain.Baselines;

/// <summary>
/// The hour of the week in the site's time zone: Monday 00:00-00:59 is 0, Monday 01:00 is 1, ...,
/// Sunday 23:00-23:59 is 167. Local, so a guard's Monday 09:00 is the same slot in winter and in
/// summer. Across a daylight-saving change the skipped local hour (spring) gets no windows that day,
/// and the repeated one (autumn) files both real hours in the same slot.
/// </summary>
public static class HourOfWeek
{
    public const int Count = 7 * 24;

    public static int Of(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var daysSinceMonday = ((int)local.DayOfWeek + 6) % 7;
        return (daysSinceMonday * 24) + local.Hour;
    }

    public static bool IsValid(int hourOfWeek) => hourOfWeek is >= 0 and < Count;
}
