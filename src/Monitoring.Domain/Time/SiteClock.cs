namespace Monitoring.Domain.Time;

/// <summary>Site-local time of day, judged in the site's IANA time zone.</summary>
public static class SiteClock
{
    public static bool TryFindZone(string ianaId, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(ianaId))
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(ianaId);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }

    public static TimeSpan LocalTimeOfDay(DateTimeOffset utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(utc, zone).TimeOfDay;

    /// <summary>True when the local time of day is in [start, end), a range that may wrap midnight.</summary>
    public static bool IsBetween(DateTimeOffset utc, TimeZoneInfo zone, TimeSpan start, TimeSpan end)
    {
        var t = LocalTimeOfDay(utc, zone);
        return start <= end ? t >= start && t < end : t >= start || t < end;
    }
}
