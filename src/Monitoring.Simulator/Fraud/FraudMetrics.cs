namespace Monitoring.Simulator.Fraud;

/// <summary>Precision, recall and F1 of one score at one threshold over events with a known truth.</summary>
internal sealed record FraudMetrics(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : TruePositives / (double)(TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : TruePositives / (double)(TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Counts each (score, truth) pair: a score at or above <paramref name="threshold"/> says fraud.</summary>
    public static FraudMetrics Of(IEnumerable<(double Score, bool Fraud)> pairs, double threshold)
    {
        var (tp, fp, fn, tn) = (0, 0, 0, 0);
        foreach (var (score, fraud) in pairs)
        {
            var flagged = score >= threshold;
            (tp, fp, fn, tn) = (flagged, fraud) switch
            {
                (true, true) => (tp + 1, fp, fn, tn),
                (true, false) => (tp, fp + 1, fn, tn),
                (false, true) => (tp, fp, fn + 1, tn),
                _ => (tp, fp, fn, tn + 1),
            };
        }

        return new FraudMetrics(tp, fp, fn, tn);
    }
}
