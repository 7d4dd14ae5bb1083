using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;
using Monitoring.Domain.Fraud;
using Monitoring.Learning;

namespace Monitoring.FraudBench;

/// <summary>ML.NET's LightGbm binary classifier at the same size as FastTree (100 trees, 16 leaves), for the choice between them.</summary>
internal static class LightGbmProbe
{
    public static string Measure(List<FraudSample> train, List<FraudSample> test, int runs)
    {
        try
        {
            var ml = new MLContext(1);
            var data = ml.Data.LoadFromEnumerable(train.Select(FastTreeFraudTrainer.ToRow));
            var times = new List<double>();
            ITransformer? model = null;
            for (var run = 0; run < runs; run++)
            {
                var watch = Stopwatch.StartNew();
                model = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
                {
                    NumberOfIterations = 100,
                    NumberOfLeaves = 16,
                    MinimumExampleCountPerLeaf = 10,
                    LearningRate = 0.2,
                    NumberOfThreads = 1,
                    Seed = 1,
                }).Fit(data);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            var metrics = ml.BinaryClassification.Evaluate(model!.Transform(ml.Data.LoadFromEnumerable(test.Select(FastTreeFraudTrainer.ToRow))));
            return $"fit {string.Join(" / ", times.Select(t => $"{t:F0}"))} ms; precision {metrics.PositivePrecision:F3} recall {metrics.PositiveRecall:F3} F1 {metrics.F1Score:F3}";
        }
        catch (Exception e)
        {
            return $"did not run here ({e.GetType().Name}: {e.Message})";
        }
    }
}
