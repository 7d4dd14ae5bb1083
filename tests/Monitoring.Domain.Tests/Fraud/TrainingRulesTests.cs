using Monitoring.Domain.Fraud;
using Monitoring.Domain.Fraud.Training;

namespace Monitoring.Domain.Tests.Fraud;

public sealed class TrainingRulesTests
{
    [Fact]
    public void Failed_AllAboveGates_Empty()
    {
        Assert.Empty(TrainingGates.Default.Failed(new ClassifierMetrics(TruePositives: 90, FalsePositives: 5, TrueNegatives: 300, FalseNegatives: 10)));
    }

    [Fact]
    public void Failed_GoodPrecisionPoorRecall_NamesRecallAndF1()
    {
        // precision 40/42 = 0.95, recall 40/70 = 0.57, F1 0.71
        var failed = TrainingGates.Default.Failed(new ClassifierMetrics(40, 2, 300, 30));

        Assert.Equal("recall,f1", string.Join(",", failed));
    }

    [Fact]
    public void Failed_NoPositivePredicted_NamesEveryGate()
    {
        Assert.Equal("precision,recall,f1", string.Join(",", TrainingGates.Default.Failed(new ClassifierMetrics(0, 0, 300, 30))));
    }

    [Fact]
    public void Readiness_TooFewRows_ProblemWithTheCount()
    {
        var readiness = TrainingReadiness.Of(Rows(300, 20));

        Assert.False(readiness.Ready);
        Assert.Equal((320, 20, 300), (readiness.Rows, readiness.Fraud, readiness.Legit));
        Assert.Contains("320", readiness.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Readiness_OneClass_ProblemNamesBothCounts()
    {
        var readiness = TrainingReadiness.Of(Rows(600, 0));

        Assert.False(readiness.Ready);
        Assert.Contains("0 fraud, 600 legit", readiness.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_TwentyPercent_EachClassKeepsItsShare()
    {
        var (train, test) = StratifiedSplit.Split(Rows(900, 101), StratifiedSplit.DefaultHeldOut, seed: 3);

        Assert.Equal(1001, train.Count + test.Count);
        Assert.Equal(180, test.Count(r => r.Label == FraudLabel.Legit));
        Assert.Equal(20, test.Count(r => r.Label == FraudLabel.Fraud));
        Assert.Empty(train.Intersect(test, ReferenceEqualityComparer.Instance));
    }

    [Fact]
    public void Split_SameSeed_SameSplit()
    {
        var rows = Rows(100, 30);
        Assert.Equal(StratifiedSplit.Split(rows, 0.2, 9).Test, StratifiedSplit.Split(rows, 0.2, 9).Test, ReferenceEqualityComparer.Instance);
    }

    private static List<FraudSample> Rows(int legit, int fraud) =>
        [.. Enumerable.Range(0, legit + fraud).Select(i => new FraudSample($"g-{i}", "s-1", DateTimeOffset.UnixEpoch.AddMinutes(i), default,
            i < legit ? FraudLabel.Legit : FraudLabel.Fraud))];
}
