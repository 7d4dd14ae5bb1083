using Monitoring.Simulator.Fraud;

namespace Monitoring.Simulator.Tests.Fraud;

public sealed class FraudMetricsTests
{
    [Fact]
    public void Of_MixedScores_CountsAtTheThresholdAndDerivesPrecisionRecallF1()
    {
        (double, bool)[] pairs = [(0.9, true), (0.8, true), (0.79, true), (0.85, false), (0.1, false), (0.2, false)];

        var m = FraudMetrics.Of(pairs, 0.8);

        Assert.Equal((2, 1, 1, 2), (m.TruePositives, m.FalsePositives, m.FalseNegatives, m.TrueNegatives));
        Assert.Equal(2 / 3.0, m.Precision, 9);
        Assert.Equal(2 / 3.0, m.Recall, 9);
        Assert.Equal(2 / 3.0, m.F1, 9);
    }

    [Fact]
    public void Of_NothingFlagged_GivesZeroNotNaN()
    {
        var m = FraudMetrics.Of([(0.1, true), (0.2, false)], 0.5);

        Assert.Equal((0.0, 0.0, 0.0), (m.Precision, m.Recall, m.F1));
    }
}
