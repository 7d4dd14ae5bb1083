namespace Monitoring.Domain.Fraud.Training;

/// <summary>
/// How a classifier did on held-out rows at the 0.5 decision threshold: the confusion counts and
/// precision, recall and F1 of the fraud class (0 where a ratio has no denominator).
/// </summary>
public sealed record ClassifierMetrics(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    /// <summary>The probability at or above which an event counts as predicted fraud.</summary>
    public const double DecisionThreshold = 0.5;

    public int Rows => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double Accuracy => Ratio(TruePositives + TrueNegatives, Rows);

    /// <summary>Counts the scorer's answers on <paramref name="rows"/> against their labels.</summary>
    public static ClassifierMetrics Measure(IFraudScorer scorer, IEnumerable<FraudSample> rows)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(rows);
        int tp = 0, fp = 0, tn = 0, fn = 0;
        foreach (var row in rows)
        {
            var fraud = scorer.Score(row.Features) >= DecisionThreshold;
            switch (fraud, row.Label)
            {
                case (true, FraudLabel.Fraud): tp++; break;
                case (true, FraudLabel.Legit): fp++; break;
                case (false, FraudLabel.Legit): tn++; break;
                default: fn++; break;
            }
        }

        return new ClassifierMetrics(tp, fp, tn, fn);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
