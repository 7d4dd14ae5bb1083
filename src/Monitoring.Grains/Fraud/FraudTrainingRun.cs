using System.Collections.Immutable;
using System.Diagnostics;
using Monitoring.Contracts.Fraud;
using Monitoring.Domain.Fraud;
using Monitoring.Domain.Fraud.Models;
using Monitoring.Domain.Fraud.Training;

namespace Monitoring.Grains.Fraud;

/// <summary>
/// One training run, start to verdict: the stratified 80/20 split, the fit on the 80 %, the held-out
/// metrics measured with the very scorer the silos will use, and the gates.
/// </summary>
internal static class FraudTrainingRun
{
    public static (FraudModelInfo Model, byte[] Bytes) Run(
        IFraudModelTrainer trainer, IReadOnlyList<FraudSample> rows, FraudJobStart start, string jobId,
        DateTimeOffset now, TrainingGates gates, CancellationToken cancel)
    {
        var readiness = TrainingReadiness.Of(rows);
        if (readiness.Problem is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var watch = Stopwatch.StartNew();
        var (train, test) = StratifiedSplit.Split(rows, StratifiedSplit.DefaultHeldOut, start.Seed);
        var ensemble = trainer.Train(train, start.Seed, cancel);
        var elapsed = watch.ElapsedMilliseconds;
        cancel.ThrowIfCancellationRequested();
        var metrics = ClassifierMetrics.Measure(new TreeEnsembleScorer(start.Version, ensemble), test);
        var model = new FraudModelInfo(
            start.Version, trainer.Algorithm, jobId, now, start.Since, start.Until, train.Count, test.Count,
            readiness.Fraud, readiness.Legit, Wire(metrics), gates.Failed(metrics), FraudFeatureNames.All, elapsed);
        return (model, TreeEnsembleCodec.Write(ensemble));
    }

    private static FraudModelMetrics Wire(ClassifierMetrics m) => new(
        Math.Round(m.Precision, 4), Math.Round(m.Recall, 4), Math.Round(m.F1, 4), Math.Round(m.Accuracy, 4),
        m.TruePositives, m.FalsePositives, m.TrueNegatives, m.FalseNegatives);

    public static FraudJobOutcome Verdict(FraudModelInfo model) => model.FailedGates.IsEmpty
        ? new FraudJobOutcome(FraudJobStatus.Activated, model, [], null)
        : new FraudJobOutcome(FraudJobStatus.Rejected, model, model.FailedGates,
            "failed the " + string.Join(", ", model.FailedGates) + " gate" + (model.FailedGates.Length > 1 ? "s" : "") + "; the active model stays");

    public static FraudJobOutcome Stopped(FraudJobStatus status, string message) => new(status, null, ImmutableArray<string>.Empty, message);
}
