namespace Monitoring.Domain.Fraud;

/// <summary>
/// Scores attendance events: the rule-based fallback or a trained model. Implementations are
/// immutable and thread-safe (one is shared by every grain of a silo) and allocate nothing per score.
/// </summary>
public interface IFraudScorer
{
    /// <summary>The model version ("rules-v1" for the rule-based score).</summary>
    string Version { get; }

    /// <summary>The fraud risk of one event, 0 to 1.</summary>
    double Score(in FraudFeatures features);

    /// <summary>
    /// Fills <paramref name="top"/> with the features that pushed this event's score most, largest
    /// first, and returns how many it wrote.
    /// </summary>
    int Explain(in FraudFeatures features, Span<FeatureContribution> top);
}
