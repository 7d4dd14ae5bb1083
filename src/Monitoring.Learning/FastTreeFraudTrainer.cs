using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Monitoring.Domain.Fraud;
using Monitoring.Domain.Fraud.Models;
using Monitoring.Domain.Fraud.Training;
using Monitoring.Grains.Fraud;
using MlRegressionTree = Microsoft.ML.Trainers.FastTree.RegressionTree;

namespace Monitoring.Learning;

/// <summary>
/// ML.NET's FastTree binary classifier (gradient-boosted trees with a Platt calibrator), converted
/// to the <see cref="TreeEnsemble"/> the silos score with. One thread: training shares the silo with
/// the grains.
/// </summary>
public sealed class FastTreeFraudTrainer(FastTreeSettings settings) : IFraudModelTrainer
{
    public FastTreeFraudTrainer()
        : this(FastTreeSettings.Default)
    {
    }

    public string Algorithm => "fasttree";

    public TreeEnsemble Train(IReadOnlyList<FraudSample> rows, int seed, CancellationToken cancel) => Fit(rows, seed, cancel).Ensemble;

    /// <summary>The ML.NET model and its conversion (tests compare the two).</summary>
    internal (ITransformer Model, TreeEnsemble Ensemble) Fit(IReadOnlyList<FraudSample> rows, int seed, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(rows);
        cancel.ThrowIfCancellationRequested();
        var ml = new MLContext(seed);
        using var stop = cancel.Register(() => MlCancellation.Cancel(ml));
        var data = ml.Data.LoadFromEnumerable(rows.Select(ToRow));
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = settings.Trees,
            NumberOfLeaves = settings.Leaves,
            MinimumExampleCountPerLeaf = settings.MinRowsPerLeaf,
            LearningRate = settings.LearningRate,
            NumberOfThreads = 1,
            Seed = seed,
        });
        try
        {
            // ML.NET stops at its next check once told (MlCancellation); the wait gives up on it at
            // once either way, and a fit that runs on is dropped.
            var fitting = Task.Run(() => trainer.Fit(data), CancellationToken.None);
            var fitted = fitting.WaitAsync(cancel).GetAwaiter().GetResult();
            cancel.ThrowIfCancellationRequested();
            var model = fitted.Model;
            var ensemble = model.SubModel.TrainedTreeEnsemble;
            var trees = ImmutableArray.CreateBuilder<Domain.Fraud.Models.RegressionTree>(ensemble.Trees.Count);
            for (var t = 0; t < ensemble.Trees.Count; t++)
            {
                trees.Add(Convert(ensemble.Trees[t], ensemble.TreeWeights[t]));
            }

            var converted = new TreeEnsemble(trees.MoveToImmutable(), ensemble.Bias, model.Calibrator.Slope, model.Calibrator.Offset, ReferenceVector.Of([.. rows]));
            return (fitted, converted);
        }
        catch (Exception e) when (cancel.IsCancellationRequested && e is not OperationCanceledException)
        {
            throw new OperationCanceledException("training was cancelled", e, cancel);
        }
    }

    internal static FraudTrainingRow ToRow(FraudSample sample)
    {
        var features = new float[FraudFeatureNames.Count];
        sample.Features.CopyTo(features);
        return new FraudTrainingRow { Features = features, Label = sample.Label == FraudLabel.Fraud };
    }

    private static Domain.Fraud.Models.RegressionTree Convert(MlRegressionTree tree, double weight)
    {
        var nodes = ImmutableArray.CreateBuilder<TreeNode>(tree.NumberOfNodes);
        for (var n = 0; n < tree.NumberOfNodes; n++)
        {
            if (tree.CategoricalSplitFlags[n])
            {
                throw new InvalidOperationException("FastTree made a categorical split; the fraud features are all numeric.");
            }

            nodes.Add(new TreeNode(tree.NumericalSplitFeatureIndexes[n], tree.NumericalSplitThresholds[n], tree.LeftChild[n], tree.RightChild[n]));
        }

        var leaves = ImmutableArray.CreateBuilder<double>(tree.NumberOfLeaves);
        foreach (var value in tree.LeafValues)
        {
            leaves.Add(value * weight);
        }

        return new Domain.Fraud.Models.RegressionTree(nodes.MoveToImmutable(), leaves.MoveToImmutable());
    }
}
