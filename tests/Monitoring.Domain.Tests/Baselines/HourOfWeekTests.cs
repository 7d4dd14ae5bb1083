using Monitoring.Domain.Baselines;
using Monitoring.Domain.Tests.Support;

namespace Monitoring.Domain.Tests.Baselines;

public sealed class HourOfWeekTests
{
    [Theory]
    [InlineData(2026, 1, 5, 0, 0, 0)]
    [InlineData(2026, 1, 5, 0, 59, 0)]
    [InlineData(2026, 1, 5, 9, 30, 9)]
    [InlineData(2026, 1, 7, 14, 0, 62)]
    [InlineData(2026, 1, 11, 23, 59, 167)]
    public void Of_ParisLocalTime_CountsHoursFromMondayMidnight(int y, int mo, int d, int h, int mi, int expected) =>
        Assert.Equal(expected, HourOfWeek.Of(Weeks.Paris(new DateTime(y, mo, d, h, mi, 0)), SiteTimes.Paris));

    [Fact]
    public void Of_SundayEveningUtc_IsMondayInParis()
    {
        var utc = new DateTimeOffset(2026, 1, 11, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(167, HourOfWeek.Of(utc, TimeZoneInfo.Utc));
        Assert.Equal(0, HourOfWeek.Of(utc, SiteTimes.Paris));
    }

    [Fact]
    public void Of_SameLocalHourInWinterAndSummer_IsTheSameSlot()
    {
        var winter = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
        var summer = new DateTimeOffset(2026, 7, 6, 7, 0, 0, TimeSpan.Zero);

        Assert.Equal(9, HourOfWeek.Of(winter, SiteTimes.Paris));
        Assert.Equal(9, HourOfWeek.Of(summer, SiteTimes.Paris));
    }

    [Theory]
    [InlineData(0, 30, 145)]
    [InlineData(1, 0, 147)]
    [InlineData(1, 30, 147)]
    public void Of_SpringForwardSunday_SkipsTheMissingLocalHour(int utcHour, int utcMinute, int expected)
    {
        // Paris jumps from 02:00 CET to 03:00 CEST at 01:00 UTC on Sunday 2026-03-29.
        var utc = new DateTimeOffset(2026, 3, 29, utcHour, utcMinute, 0, TimeSpan.Zero);

        Assert.Equal(expected, HourOfWeek.Of(utc, SiteTimes.Paris));
    }

    [Theory]
    [InlineData(0, 30, 146)]
    [InlineData(1, 30, 146)]
    [InlineData(2, 30, 147)]
    public void Of_FallBackSunday_FilesBothRepeatedHoursInOneSlot(int utcHour, int utcMinute, int expected)
    {
        // Paris goes back from 03:00 CEST to 02:00 CET at 01:00 UTC on Sunday 2026-10-25.
        var utc = new DateTimeOffset(2026, 10, 25, utcHour, utcMinute, 0, TimeSpan.Zero);

        Assert.Equal(expected, HourOfWeek.Of(utc, SiteTimes.Paris));
    }
}
