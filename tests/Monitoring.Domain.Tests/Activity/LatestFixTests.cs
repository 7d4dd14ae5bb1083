using Monitoring.Domain.Activity;
using Monitoring.Domain.Geo;
using Monitoring.Domain.Tests.Support;

namespace Monitoring.Domain.Tests.Activity;

/// <summary>The newest fix of a stretch: what the guard's history keeps of each evaluation's position.</summary>
public sealed class LatestFixTests
{
    private static readonly DateTimeOffset At0200 = SiteTimes.ParisLocal(2, 0);

    [Fact]
    public void LatestFix_FixesInSeveralMinutes_IsTheNewestMinutesCentre()
    {
        var window = new ActivityWindow();
        window.Record(At0200.AddMinutes(-4), ActivityKind.None, new GeoFix(48.85, 2.35, 10));
        window.Record(At0200.AddMinutes(-2), ActivityKind.None, new GeoFix(48.86, 2.36, 10));
        window.Record(At0200.AddMinutes(-1), ActivityKind.Phone, null);

        var latest = window.LatestFix(At0200.AddMinutes(-5), At0200);

        Assert.NotNull(latest);
        Assert.Equal(At0200.AddMinutes(-2), latest.Value.At);
        Assert.Equal(48.86, latest.Value.Fix.Lat, 6);
        Assert.Equal(2.36, latest.Value.Fix.Lon, 6);
    }

    [Fact]
    public void LatestFix_NoFixInRange_IsNull()
    {
        var window = new ActivityWindow();
        window.Record(At0200.AddMinutes(-20), ActivityKind.None, new GeoFix(48.85, 2.35, 10));
        window.Record(At0200.AddMinutes(-1), ActivityKind.Phone, null);

        Assert.Null(window.LatestFix(At0200.AddMinutes(-5), At0200));
    }
}
