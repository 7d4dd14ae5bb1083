using Monitoring.Domain.Fraud;
using Monitoring.Domain.Telemetry;
using static Monitoring.Domain.Tests.Fraud.FraudCases;

namespace Monitoring.Domain.Tests.Fraud;

public sealed class RuleFraudScorerTests
{
    private static readonly RuleFraudScorer Scorer = RuleFraudScorer.Instance;

    [Fact]
    public void Score_CleanCheckpointOnSite_BelowTenPercent()
    {
        var tracker = default(FraudTracker);
        tracker.ObserveFix(At(0), T0.AddMinutes(-10));
        tracker.ObserveFix(At(40), T0.AddMinutes(-5));
        var f = Score(ref tracker, Event(EventType.Checkpoint, T0, At(80), outsideM: 0));

        Assert.InRange(Scorer.Score(f), 0, 0.1);
    }

    [Fact]
    public void Score_ClockInOneKilometreOutsideAfterTeleport_AboveAlertThreshold()
    {
        var tracker = default(FraudTracker);
        tracker.ObserveFix(At(30_000), T0.AddMinutes(-1));
        var f = Score(ref tracker, Event(EventType.ShiftStart, T0, At(1_000), outsideM: 900));

        Assert.True(Scorer.Score(f) >= 0.8, $"score {Scorer.Score(f)}");
    }

    [Fact]
    public void Score_OutsideOnly_BelowAlertThreshold()
    {
        var tracker = default(FraudTracker);
        var f = Score(ref tracker, Event(EventType.ShiftStart, T0, At(1_000), outsideM: 900));

        Assert.InRange(Scorer.Score(f), 0.2, 0.8);
    }

    [Fact]
    public void Explain_ClockInOutsideAfterTeleport_VelocityThenGeofenceAndSumsToScoreAboveBaseline()
    {
        var tracker = default(FraudTracker);
        tracker.ObserveFix(At(30_000), T0.AddMinutes(-1));
        var f = Score(ref tracker, Event(EventType.ShiftStart, T0, At(1_000), outsideM: 900));
        Span<FeatureContribution> top = stackalloc FeatureContribution[FraudFeatureNames.Count];

        var n = Scorer.Explain(f, top);

        Assert.Equal(FraudFeature.VelocityKmh, top[0].Feature);
        Assert.Equal(FraudFeature.GeofenceDistanceM, top[1].Feature);
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += top[i].Weight;
        }

        Assert.Equal(Scorer.Score(f) - RuleFraudScorer.Baseline, sum, 9);
    }

    [Fact]
    public void Explain_ShortSpan_WritesOnlyThatMany()
    {
        var f = default(FraudFeatures);
        f[FraudFeature.GeofenceDistanceM] = 300;
        f[FraudFeature.BiometricQuality] = 0.2;
        f[FraudFeature.TourCompletionRate] = 0.5;
        f[FraudFeature.GpsAccuracyM] = 10;
        f[FraudFeature.LocationUpdatesPerHour] = 12;
        Span<FeatureContribution> top = stackalloc FeatureContribution[2];

        Assert.Equal(2, Scorer.Explain(f, top));
        Assert.Equal(FraudFeature.GeofenceDistanceM, top[0].Feature);
        Assert.Equal(FraudFeature.BiometricQuality, top[1].Feature);
    }

    [Fact]
    public void Score_NaNFeatures_StaysInRange()
    {
        var f = default(FraudFeatures);
        for (var i = 0; i < FraudFeatureNames.Count; i++)
        {
            f[i] = double.NaN;
        }

        Assert.InRange(Scorer.Score(f), 0, 1);
    }

    [Fact]
    public void Score_Warm_AllocatesNothing()
    {
        var f = default(FraudFeatures);
        f[FraudFeature.VelocityKmh] = 200;
        Span<FeatureContribution> top = stackalloc FeatureContribution[3];
        Scorer.Score(f);
        Scorer.Explain(f, top);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Scorer.Score(f);
        Scorer.Explain(f, top);

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Version_RulesV1() => Assert.Equal("rules-v1", Scorer.Version);
}
