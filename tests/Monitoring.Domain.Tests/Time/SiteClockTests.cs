using Monitoring.Domain.Tests.Support;
using Monitoring.Domain.Time;

namespace Monitoring.Domain.Tests.Time;

public sealed class SiteClockTests
{
    private static readonly TimeSpan One = TimeSpan.FromHours(1);
    private static readonly TimeSpan Five = TimeSpan.FromHours(5);
    private static readonly TimeSpan Twenty = TimeSpan.FromHours(20);
    private static readonly TimeSpan Six = TimeSpan.FromHours(6);

    [Theory]
    [InlineData(14, 13)]
    [InlineData(22, 21)]
    [InlineData(2, 1)]
    public void ParisLocal_InJanuary_IsOneHourAheadOfUtc(int localHour, int utcHour)
    {
        var utc = SiteTimes.ParisLocal(localHour);

        Assert.Equal(new DateTimeOffset(2026, 1, 15, utcHour, 0, 0, TimeSpan.Zero), utc);
        Assert.Equal(TimeSpan.FromHours(localHour), SiteClock.LocalTimeOfDay(utc, SiteTimes.Paris));
    }

    [Fact]
    public void LocalTimeOfDay_InParisSummer_FollowsDaylightSaving()
    {
        var utc = new DateTimeOffset(2026, 7, 15, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new TimeSpan(1, 30, 0), SiteClock.LocalTimeOfDay(utc, SiteTimes.Paris));
        Assert.True(SiteClock.IsBetween(utc, SiteTimes.Paris, One, Five));
    }

    [Theory]
    [InlineData(0, 59, false)]
    [InlineData(1, 0, true)]
    [InlineData(4, 59, true)]
    [InlineData(5, 0, false)]
    public void IsBetween_PlainRange_IncludesStartExcludesEnd(int hour, int minute, bool expected) =>
        Assert.Equal(expected, SiteClock.IsBetween(SiteTimes.ParisLocal(hour, minute), SiteTimes.Paris, One, Five));

    [Theory]
    [InlineData(19, 59, false)]
    [InlineData(20, 0, true)]
    [InlineData(23, 59, true)]
    [InlineData(0, 0, true)]
    [InlineData(5, 59, true)]
    [InlineData(6, 0, false)]
    [InlineData(12, 0, false)]
    public void IsBetween_RangeWrappingMidnight_IncludesStartExcludesEnd(int hour, int minute, bool expected) =>
        Assert.Equal(expected, SiteClock.IsBetween(SiteTimes.ParisLocal(hour, minute), SiteTimes.Paris, Twenty, Six));

    [Fact]
    public void TryFindZone_IanaId_FindsZone()
    {
        Assert.True(SiteClock.TryFindZone("Europe/Paris", out var zone));
        Assert.Equal(SiteTimes.ParisWinterOffset, zone.GetUtcOffset(SiteTimes.ParisLocal(12)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("Mars/Olympus_Mons")]
    public void TryFindZone_UnknownOrBlankId_FallsBackToUtc(string id)
    {
        Assert.False(SiteClock.TryFindZone(id, out var zone));
        Assert.Same(TimeZoneInfo.Utc, zone);
    }
}
