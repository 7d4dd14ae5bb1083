namespace Monitoring.Domain.Fraud;

/// <summary>
/// The rule-based fraud score ("rules-v1"): each feature gives log-odds points (<see cref="RuleWeights"/>,
/// documented in docs/fraud.md, "Rule weights"), and the score is the logistic of their sum less a
/// bias, so a clean event scores about 0.05, one strong sign about 0.4 and two about 0.9.
/// Stateless: one instance serves every grain.
/// </summary>
public sealed class RuleFraudScorer : IFraudScorer
{
    /// <summary>The version every rule-based score carries.</summary>
    public const string RulesVersion = "rules-v1";

    /// <summary>The shared instance.</summary>
    public static RuleFraudScorer Instance { get; } = new();

    /// <summary>The score of an event that gives no points (the logistic of minus the bias).</summary>
    public static double Baseline { get; } = Logistic(-RuleWeights.Bias);

    public string Version => RulesVersion;

    public double Score(in FraudFeatures features)
    {
        Span<double> points = stackalloc double[FraudFeatureNames.Count];
        return Logistic(RuleWeights.Points(features, points) - RuleWeights.Bias);
    }

    /// <summary>
    /// Each feature's share of the score above <see cref="Baseline"/>, in proportion to its points;
    /// only features that gave points, largest first.
    /// </summary>
    public int Explain(in FraudFeatures features, Span<FeatureContribution> top)
    {
        Span<double> points = stackalloc double[FraudFeatureNames.Count];
        var sum = RuleWeights.Points(features, points);
        if (sum <= 0 || top.IsEmpty)
        {
            return 0;
        }

        var scale = (Logistic(sum - RuleWeights.Bias) - Baseline) / sum;
        var written = 0;
        while (written < top.Length)
        {
            var best = -1;
            for (var i = 0; i < points.Length; i++)
            {
                if (points[i] > 0 && (best < 0 || points[i] > points[best]))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                break;
            }

            top[written++] = new FeatureContribution((FraudFeature)best, points[best] * scale);
            points[best] = 0;
        }

        return written;
    }

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
