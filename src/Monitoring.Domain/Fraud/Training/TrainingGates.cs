using System.Collections.Immutable;

namespace Monitoring.Domain.Fraud.Training;

/// <summary>
/// The quality a trained model must reach on the held-out rows before it is activated
/// (precision >= 0.85, recall >= 0.75, F1 >= 0.80 by default).
/// </summary>
public sealed record TrainingGates(double MinPrecision, double MinRecall, double MinF1)
{
    public const string Precision = "precision";
    public const string Recall = "recall";
    public const string F1 = "f1";

    public static TrainingGates Default { get; } = new(0.85, 0.75, 0.80);

    /// <summary>The names of the gates <paramref name="metrics"/> failed, in gate order; empty when it passed.</summary>
    public ImmutableArray<string> Failed(ClassifierMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var failed = ImmutableArray.CreateBuilder<string>();
        if (metrics.Precision < MinPrecision)
        {
            failed.Add(Precision);
        }

        if (metrics.Recall < MinRecall)
        {
            failed.Add(Recall);
        }

        if (metrics.F1 < MinF1)
        {
            failed.Add(F1);
        }

        return failed.ToImmutable();
    }
}
