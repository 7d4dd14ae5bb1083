using Monitoring.Domain.Alerts;
using Monitoring.Domain.Baselines;
using Monitoring.Domain.Tests.Support;

namespace Monitoring.Domain.Tests.Baselines;

public sealed class BaselineDetectorTests
{
    private static readonly TimeZoneInfo Paris = SiteTimes.Paris;

    [Fact]
    public void Evaluate_HundredAndFirstSample_TightensThresholdTo2Point5()
    {
        var detector = Weeks.Trained(windows: 100, seed: 1);
        var now = Weeks.Monday0900At(9, 0);

        Assert.Equal(new BaselineThreshold(3.0, ThresholdReason.Default, "default"), detector.View(now, Paris).Threshold);

        detector.Evaluate(Weeks.Window(now, Weeks.Usual), Paris, learnable: true);

        var view = detector.View(now, Paris);
        Assert.Equal(101, view.Samples);
        Assert.Equal(2.5, view.Threshold.Value);
        Assert.Equal("over 100 samples", view.Threshold.Why);
    }

    [Fact]
    public void Evaluate_FalsePositiveRateAboveLimit_RaisesThresholdTo4UntilVerdictsAgeOut()
    {
        var detector = Weeks.Trained(windows: 240, seed: 2);
        var drop = ThreeAndHalfSigmaPhoneDrop(detector);
        var now = Weeks.Monday0900At(20, 0);
        var resolvedAt = now.AddDays(-2);
        for (var i = 0; i < 10; i++)
        {
            detector.RecordResolution(resolvedAt.AddMinutes(i), i < 4 ? Resolution.FalsePositive : Resolution.Confirmed);
        }

        var cautious = detector.Evaluate(Weeks.Window(now, drop), Paris, learnable: false);
        var later = Weeks.Monday0900At(24, 0);
        var relaxed = detector.Evaluate(Weeks.Window(later, drop), Paris, learnable: false);

        Assert.Equal(4.0, cautious.Threshold.Value);
        Assert.Equal("false-positive rate 0.40 over 30 days", cautious.Threshold.Why);
        Assert.Equal(BaselineVerdict.Normal, cautious.Verdict);
        Assert.Equal(ThresholdReason.MatureBaseline, relaxed.Threshold.Reason);
        Assert.Equal(BaselineVerdict.Anomaly, relaxed.Verdict);
    }

    [Fact]
    public void Evaluate_AnomalousWindow_IsNotLearned()
    {
        var detector = Weeks.Trained(windows: 48, seed: 3);
        var now = Weeks.Monday0900At(4, 0);

        var check = detector.Evaluate(Weeks.Window(now, new SignalValues(0, 60, 0, 0, 0)), Paris, learnable: true);

        Assert.True(check.IsAnomaly);
        Assert.Equal(BaselineSignal.MovementM, check.Weakest);
        Assert.Equal(48, detector.Baseline.Slot(Weeks.Monday0900).Count);
    }

    [Theory]
    [InlineData(true, 49)]
    [InlineData(false, 48)]
    public void Evaluate_NormalWindow_IsLearnedOnlyWhenLearnable(bool learnable, int samples)
    {
        var detector = Weeks.Trained(windows: 48, seed: 4);

        var check = detector.Evaluate(Weeks.Window(Weeks.Monday0900At(4, 0), Weeks.Usual), Paris, learnable);

        Assert.Equal(BaselineVerdict.Normal, check.Verdict);
        Assert.Equal(samples, detector.Baseline.Slot(Weeks.Monday0900).Count);
    }

    [Fact]
    public void Version_EvaluationOrResolution_MovesOn()
    {
        var detector = new BaselineDetector(BaselineSettings.Default);
        var start = detector.Version;

        detector.Evaluate(Weeks.Window(Weeks.Monday0900At(0, 0), Weeks.Usual), Paris, learnable: false);
        var evaluated = detector.Version;
        detector.RecordResolution(Weeks.Monday0900At(0, 0), Resolution.FalsePositive);

        Assert.True(evaluated > start);
        Assert.True(detector.Version > evaluated);
    }

    [Fact]
    public void Evaluate_WhileLearning_LearnsEvenAnEmptyWindow()
    {
        var detector = new BaselineDetector(BaselineSettings.Default);

        var check = detector.Evaluate(Weeks.Window(Weeks.Monday0900At(0, 0), default), Paris, learnable: true);

        Assert.Equal(BaselineVerdict.Learning, check.Verdict);
        Assert.Equal(1, detector.Baseline.Slot(Weeks.Monday0900).Count);
    }

    [Fact]
    public void Evaluate_SummerMondayNine_UsesTheSlotLearnedOnWinterMondays()
    {
        var detector = Weeks.Trained(windows: 48, seed: 5);
        var summer = Weeks.Paris(new DateTime(2026, 7, 6, 9, 20, 0));

        var check = detector.Evaluate(Weeks.Window(summer, Weeks.Usual with { CheckpointsScanned = 0 }), Paris, learnable: false);

        Assert.Equal(TimeSpan.FromHours(2), Paris.GetUtcOffset(summer));
        Assert.Equal(Weeks.Monday0900, check.HourOfWeek);
        Assert.Equal(48, check.Samples);
        Assert.True(check.IsAnomaly);
    }

    private static SignalValues ThreeAndHalfSigmaPhoneDrop(BaselineDetector detector)
    {
        var slot = detector.Baseline.Slot(Weeks.Monday0900);
        var spread = BaselineScorer.SpreadOf(slot.Stats(BaselineSignal.PhoneEvents), BaselineSignal.PhoneEvents, BaselineSettings.Default);
        return slot.Means with { PhoneEvents = Math.Floor(slot.Means.PhoneEvents - (3.5 * spread)) };
    }
}
