using Monitoring.Domain.Time;

namespace Monitoring.Domain.Reports;

/// <summary>Site-local hours for the reports: deep night is 01:00 to 05:00 on the site's clock, as for scoring.</summary>
public static class LocalClock
{
    public static readonly TimeSpan DeepNightStart = TimeSpan.FromHours(1);
    public static readonly TimeSpan DeepNightEnd = TimeSpan.FromHours(5);

    public static bool IsDeepNight(DateTimeOffset utc, TimeZoneInfo zone) => SiteClock.IsBetween(utc, zone, DeepNightStart, DeepNightEnd);

    public static int Hour(DateTimeOffset utc, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(utc, zone).Hour;

    /// <summary>The site-local wall-clock time, e.g. <c>2026-11-27T02:30:00+01:00</c>.</summary>
    public static DateTimeOffset Local(DateTimeOffset utc, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(utc, zone);
}
