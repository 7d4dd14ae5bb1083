namespace Monitoring.Domain.Tests.Support;

/// <summary>
/// Instants on 2026-01-15, a winter day on which Paris is at UTC+01:00 (no daylight saving), so a
/// local hour converts to UTC by subtracting one hour.
/// </summary>
internal static class SiteTimes
{
    public static readonly TimeSpan ParisWinterOffset = TimeSpan.FromHours(1);

    public static TimeZoneInfo Paris { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The UTC instant at which Paris reads <paramref name="hour"/>:<paramref name="minute"/> on 2026-01-15.</summary>
    public static DateTimeOffset ParisLocal(int hour, int minute = 0, int second = 0) =>
        new DateTimeOffset(2026, 1, 15, hour, minute, second, ParisWinterOffset).ToUniversalTime();
}
