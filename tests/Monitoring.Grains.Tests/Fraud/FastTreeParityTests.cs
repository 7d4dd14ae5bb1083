using Microsoft.ML;
using Monitoring.Domain.Fraud.Models;
using Monitoring.Learning;

namespace Monitoring.Grains.Tests.Fraud;

/// <summary>The silos' tree evaluator gives ML.NET's own probabilities for the model it converted.</summary>
public sealed class FastTreeParityTests
{
    [Fact]
    public void Score_ConvertedFastTree_SameProbabilityAsMlNet()
    {
        var rows = SyntheticFraud.Rows(1500, 0.3, seed: 11, DateTimeOffset.UtcNow);
        var (model, ensemble) = new FastTreeFraudTrainer().Fit(rows, seed: 1, CancellationToken.None);
        var scorer = new TreeEnsembleScorer("parity", TreeEnsembleCodec.Read(TreeEnsembleCodec.Write(ensemble)));
        var held = SyntheticFraud.Rows(500, 0.3, seed: 12, DateTimeOffset.UtcNow);
        var ml = new MLContext(1);
        var predicted = ml.Data.CreateEnumerable<Prediction>(
            model.Transform(ml.Data.LoadFromEnumerable(held.Select(FastTreeFraudTrainer.ToRow))), reuseRowObject: false).ToList();

        Assert.Equal(held.Count, predicted.Count);
        for (var i = 0; i < held.Count; i++)
        {
            Assert.Equal(predicted[i].Probability, scorer.Score(held[i].Features), 4);
        }
    }

    [Fact]
    public void Train_Cancelled_OperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            new FastTreeFraudTrainer().Train(SyntheticFraud.Rows(600, 0.3, 1, DateTimeOffset.UtcNow), 1, cancel.Token));
    }

    private sealed class Prediction
    {
        public float Probability { get; set; }
    }
}
