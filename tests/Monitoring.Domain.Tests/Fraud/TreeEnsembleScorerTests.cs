using Monitoring.Domain.Fraud;
using Monitoring.Domain.Fraud.Models;
using static Monitoring.Domain.Tests.Fraud.HandMadeEnsemble;

namespace Monitoring.Domain.Tests.Fraud;

public sealed class TreeEnsembleScorerTests
{
    private readonly TreeEnsembleScorer _scorer = new("hand-v1", Model);

    [Fact]
    public void Score_StillGuardInsideGoodBiometric_LowRisk()
    {
        // bias 0.5 + tree 0 (v <= 100, d <= 50: -2) + tree 1 (b > 0.5: -1) = -2.5
        Assert.Equal(Sigmoid(-2.5), _scorer.Score(Event(3, 0, 0.95)), 12);
    }

    [Fact]
    public void Score_ImpossibleSpeedAndFailedBiometric_HighRisk()
    {
        // 0.5 + 3 (v > 100) + 1.5 (b <= 0.5) = 5
        Assert.Equal(Sigmoid(5), _scorer.Score(Event(300, 0, 0.2)), 12);
    }

    [Fact]
    public void Score_ThresholdValue_GoesLeft()
    {
        Assert.Equal(Sigmoid(0.5 - 2 - 1), _scorer.Score(Event(100, 50, 0.9)), 12);
    }

    [Fact]
    public void Explain_SpeedAndBiometric_BothNamedLargestFirst()
    {
        Span<FeatureContribution> top = stackalloc FeatureContribution[3];
        var written = _scorer.Explain(Event(300, 0, 0.2), top);

        Assert.Equal(2, written);
        Assert.Equal(FraudFeature.VelocityKmh, top[0].Feature);
        Assert.Equal(FraudFeature.BiometricQuality, top[1].Feature);
        Assert.Equal(Sigmoid(5) - Sigmoid(0), top[0].Weight, 12);
        Assert.True(top[1].Weight > 0);
    }

    [Fact]
    public void Explain_OneSlot_KeepsTheLargest()
    {
        Span<FeatureContribution> top = stackalloc FeatureContribution[1];
        Assert.Equal(1, _scorer.Explain(Event(300, 0, 0.2), top));
        Assert.Equal(FraudFeature.VelocityKmh, top[0].Feature);
    }

    [Fact]
    public void Score_ManyEvents_AllocatesNothing()
    {
        var features = Event(120, 80, 0.3);
        Span<FeatureContribution> top = stackalloc FeatureContribution[3];
        _scorer.Score(features);
        _scorer.Explain(features, top);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = 0.0;
        for (var i = 0; i < 10_000; i++)
        {
            features[FraudFeature.VelocityKmh] = i % 300;
            sum += _scorer.Score(features);
            sum += _scorer.Explain(features, top);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(sum > 0);
    }
}
