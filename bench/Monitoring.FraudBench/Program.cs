using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Monitoring.Domain.Fraud;
using Monitoring.Domain.Fraud.Models;
using Monitoring.Domain.Fraud.Training;
using Monitoring.FraudBench;
using Monitoring.Grains.Tests.Fraud;
using Monitoring.Learning;

var rows = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
const int Runs = 3;
var data = SyntheticFraud.Rows(rows, 0.3, seed: 1, DateTimeOffset.UtcNow);
var (train, test) = StratifiedSplit.Split(data, StratifiedSplit.DefaultHeldOut, seed: 1);
Console.WriteLine($"{rows} synthetic rows (30 % fraud): {train.Count} train, {test.Count} held out; {Environment.ProcessorCount} cores");

var fastTree = new FastTreeFraudTrainer();
TreeEnsemble? ensemble = null;
ITransformer? mlModel = null;
var times = new List<double>();
for (var run = 0; run < Runs; run++)
{
    var watch = Stopwatch.StartNew();
    (mlModel, ensemble) = fastTree.Fit(train, seed: 1, CancellationToken.None);
    times.Add(watch.Elapsed.TotalMilliseconds);
}

var scorer = new TreeEnsembleScorer("bench", ensemble!);
var metrics = ClassifierMetrics.Measure(scorer, test);
var bytes = TreeEnsembleCodec.Write(ensemble!);
Console.WriteLine($"FastTree ({FastTreeSettings.Default.Trees} trees, {FastTreeSettings.Default.Leaves} leaves, 1 thread): fit {string.Join(" / ", times.Select(t => $"{t:F0}"))} ms; " +
    $"precision {metrics.Precision:F3} recall {metrics.Recall:F3} F1 {metrics.F1:F3}; model {bytes.Length} bytes; gates failed: {string.Join(",", TrainingGates.Default.Failed(metrics))}");
Console.WriteLine($"LightGbm: {LightGbmProbe.Measure(train, test, Runs)}");

var events = test.Select(r => r.Features).ToArray();
ScoringProbe.Report("tree evaluator Score", events, (in FraudFeatures f) => scorer.Score(f));
ScoringProbe.Report("tree evaluator Score + Explain(3)", events, (in FraudFeatures f) =>
{
    Span<FeatureContribution> top = stackalloc FeatureContribution[3];
    return scorer.Score(f) + scorer.Explain(f, top);
});

var ml = new MLContext(1);
var engine = ml.Model.CreatePredictionEngine<FraudTrainingRow, Prediction>(mlModel!);
var input = new FraudTrainingRow { Features = new float[FraudFeatureNames.Count] };
var output = new Prediction();
ScoringProbe.Report("ML.NET PredictionEngine (one reused engine, row and output)", events, (in FraudFeatures f) =>
{
    f.CopyTo(input.Features);
    engine.Predict(input, ref output);
    return output.Probability;
});

namespace Monitoring.FraudBench
{
    internal sealed class Prediction
    {
        [ColumnName("Probability")]
        public float Probability { get; set; }
    }
}
