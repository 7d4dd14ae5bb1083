using Monitoring.Domain.Geo;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Rules;
using Monitoring.Domain.Tests.Support;
using static Monitoring.Domain.Tests.Rules.RuleClock;

namespace Monitoring.Domain.Tests.Rules;

/// <summary>geofence_exit: on-shift fixes beyond the site radius plus the 100 m buffer for 5 minutes.</summary>
public sealed class GeofenceRuleTests
{
    private const double RadiusM = 200;
    private static readonly Geofence Site = new(Gps.Origin.Lat, Gps.Origin.Lon, RadiusM);
    private readonly RuleHarness _run = RuleHarness.For(RuleTable.Default[RuleTypes.GeofenceExit]);

    [Fact]
    public void Evaluate_FixesBeyondTheBufferFromMinuteZero_RaisesAtMinuteFive()
    {
        Fixes(0, 10, metresEast: RadiusM + 150);

        Assert.Equal(Min(5), _run.FirstAt(AlertDecision.Raise));
        Assert.Equal(1, _run.Raises);
    }

    [Fact]
    public void Evaluate_OutsideTheRadiusButInsideTheBuffer_RaisesNothing()
    {
        Fixes(0, 30, metresEast: RadiusM + 90);

        Assert.Empty(_run.Decisions);
    }

    [Fact]
    public void Evaluate_OneFixBackInsideBeforeFiveMinutes_StartsTheCountAgain()
    {
        Fixes(0, 4, metresEast: RadiusM + 150);
        Fixes(4.5, 4.5, metresEast: 50);

        Fixes(5, 15, metresEast: RadiusM + 150);

        Assert.Equal(Min(10), _run.FirstAt(AlertDecision.Raise));
    }

    [Fact]
    public void Evaluate_WalkingAlongTheBufferEdgeAfterExit_OneAlertUntilBackForFiveMinutes()
    {
        Fixes(0, 6, metresEast: RadiusM + 150);
        for (var s = 390; s < 1800; s += 30)
        {
            Fix(Min(s / 60.0), RadiusM + (s % 60 == 0 ? 105 : 95));
        }

        Fixes(30, 40, metresEast: 20);

        Assert.Equal((1, 1), (_run.Raises, _run.Clears));
        Assert.Equal(Min(29.5) + TimeSpan.FromMinutes(5), _run.FirstAt(AlertDecision.Clear));
    }

    [Fact]
    public void Evaluate_VagueFixInsideTheRun_NeitherBreaksNorCounts()
    {
        Fixes(0, 3, metresEast: RadiusM + 150);

        Fix(Min(3.25), metresEast: 10, accuracyM: 500);
        Fixes(3.5, 6, metresEast: RadiusM + 150);

        Assert.Equal(Min(5), _run.FirstAt(AlertDecision.Raise));
        Assert.Null(Site.OutsideM(new GeoFix(Gps.Origin.Lat, Gps.Origin.Lon, AccuracyM: 500)));
    }

    [Fact]
    public void Evaluate_OnlyVagueFixesOutside_RaisesNothing()
    {
        for (var m = 0.0; m <= 20; m += 0.5)
        {
            Fix(Min(m), metresEast: RadiusM + 400, accuracyM: 150);
        }

        Assert.Empty(_run.Decisions);
        Assert.Null(_run.State.LastSampleAt);
    }

    [Fact]
    public void OutsideM_AtTheCentreAndBeyond_IsDistanceMinusRadius()
    {
        var (lat, lon) = Gps.East(RadiusM + 150);

        Assert.Equal(-RadiusM, Site.OutsideM(new GeoFix(Gps.Origin.Lat, Gps.Origin.Lon, 5))!.Value, 6);
        Assert.Equal(150, Site.OutsideM(new GeoFix(lat, lon, 5))!.Value, 3);
    }

    private void Fixes(double fromMin, double toMin, double metresEast)
    {
        for (var m = fromMin; m <= toMin; m += 0.5)
        {
            Fix(Min(m), metresEast);
        }
    }

    private void Fix(DateTimeOffset at, double metresEast, double accuracyM = 8)
    {
        var (lat, lon) = Gps.East(metresEast);
        _run.Apply(state => Site.Observe(state, _run.Spec, at, new GeoFix(lat, lon, accuracyM)), at);
    }
}
