using Monitoring.Domain.Baselines;

namespace Monitoring.Domain.Tests.Baselines;

public sealed class GuardBaselineTests
{
    private const int Hour = Weeks.Monday0900;
    private static readonly BaselineSettings Settings = BaselineSettings.Default;
    private static readonly BaselineThreshold Mature = DynamicThreshold.For(240, 0.0, Settings);

    [Fact]
    public void Check_StablePatternFourSigmaDropInOneSignal_IsAnomaly()
    {
        var baseline = Weeks.Learned(weeks: 20, seed: 1);
        var usual = baseline.Check(Hour, Weeks.Usual, Mature, Settings);
        var observed = usual.Means with { PhoneEvents = usual.Means.PhoneEvents - (4 * usual.Spreads.PhoneEvents) };

        var check = baseline.Check(Hour, observed, Mature, Settings);

        Assert.Equal(240, check.Samples);
        Assert.Equal(2.5, check.Threshold.Value);
        Assert.Equal(BaselineVerdict.Anomaly, check.Verdict);
        Assert.Equal(BaselineSignal.PhoneEvents, check.Weakest);
        Assert.Equal(-4.0, check.LowestZ, 9);
    }

    [Fact]
    public void Check_StablePatternFourSigmaDropEverywhere_IsAnomaly()
    {
        var baseline = Weeks.Learned(weeks: 20, seed: 2);
        var slot = baseline.Slot(Hour);
        var spreads = baseline.Check(Hour, Weeks.Usual, Mature, Settings).Spreads;
        var observed = SignalValues.Of(s => slot.Means[s] - (4 * spreads[s]));

        var check = baseline.Check(Hour, observed, Mature, Settings);

        Assert.True(check.IsAnomaly);
        Assert.All(SignalValues.Signals, s => Assert.Equal(-4.0, check.ZScores[s], 9));
    }

    [Fact]
    public void Check_StablePatternAnotherWeekOfNormalVariance_NeverAnomaly()
    {
        var baseline = Weeks.Learned(weeks: 20, seed: 3);
        var rng = new Random(99);

        var checks = Enumerable.Range(0, 5 * Weeks.WindowsPerHour)
            .Select(_ => baseline.Check(Hour, Weeks.Noisy(rng), Mature, Settings))
            .ToList();

        Assert.All(checks, c => Assert.Equal(BaselineVerdict.Normal, c.Verdict));
        Assert.All(checks, c => Assert.True(c.LowestZ > -2.0, $"lowest z {c.LowestZ}"));
    }

    [Fact]
    public void Check_TwoSigmaDropInEverySignal_IsNormal()
    {
        var baseline = Weeks.Learned(weeks: 20, seed: 4);
        var slot = baseline.Slot(Hour);
        var spreads = baseline.Check(Hour, Weeks.Usual, Mature, Settings).Spreads;

        var check = baseline.Check(Hour, SignalValues.Of(s => slot.Means[s] - (2 * spreads[s])), Mature, Settings);

        Assert.Equal(BaselineVerdict.Normal, check.Verdict);
    }

    [Fact]
    public void Check_FarMoreActiveThanUsual_IsNormal()
    {
        var baseline = Weeks.Learned(weeks: 20, seed: 5);

        var check = baseline.Check(Hour, new SignalValues(100, 600, 5000, 20, 40), Mature, Settings);

        Assert.Equal(BaselineVerdict.Normal, check.Verdict);
        Assert.True(check.LowestZ > 10);
    }

    [Theory]
    [InlineData(4, 0.0, false)]
    [InlineData(3, -1.0, false)]
    [InlineData(1, -3.0, true)]
    [InlineData(0, -4.0, true)]
    public void Check_SignalThatNeverVaried_MeasuresDropsInTheFloorNotZero(int checkpoints, double z, bool anomaly)
    {
        var always = new SignalValues(10, 60, 250, 0, 4);
        var baseline = Weeks.Constant(always, samples: 50);
        var threshold = DynamicThreshold.For(50, 0.0, Settings);

        var check = baseline.Check(Hour, always with { CheckpointsScanned = checkpoints }, threshold, Settings);

        Assert.Equal(0.0, baseline.Slot(Hour).StdDevs.CheckpointsScanned);
        Assert.Equal(1.0, check.Spreads.CheckpointsScanned);
        Assert.Equal(0.0, check.ZScores.TasksCompleted);
        Assert.Equal(z, check.ZScores.CheckpointsScanned, 9);
        Assert.Equal(anomaly, check.IsAnomaly);
    }

    [Fact]
    public void Check_FloorScalesWithTheMean_SoOneFixLessIsNoAnomaly()
    {
        var baseline = Weeks.Constant(new SignalValues(10, 60, 250, 2, 4), samples: 50);
        var threshold = DynamicThreshold.For(50, 0.0, Settings);

        var check = baseline.Check(Hour, new SignalValues(10, 59, 250, 2, 4), threshold, Settings);

        Assert.Equal(6.0, check.Spreads.LocationUpdates, 5);
        Assert.Equal(25.0, check.Spreads.MovementM, 4);
        Assert.False(check.IsAnomaly);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(23)]
    public void Check_FewerThanMinimumSamples_IsLearningWhateverTheDrop(int samples)
    {
        var baseline = Weeks.Constant(Weeks.Usual, samples);

        var check = baseline.Check(Hour, new SignalValues(0, 0, 0, 0, 0), Mature, Settings);

        Assert.Equal(BaselineVerdict.Learning, check.Verdict);
        Assert.Null(check.Weakest);
        Assert.Equal(default, check.ZScores);
        Assert.Equal(samples, check.Samples);
    }

    [Fact]
    public void Check_AtMinimumSamples_GivesAVerdict()
    {
        var baseline = Weeks.Constant(Weeks.Usual, Settings.MinSamples);

        Assert.True(baseline.Check(Hour, new SignalValues(0, 0, 0, 0, 0), Mature, Settings).IsAnomaly);
    }
}
