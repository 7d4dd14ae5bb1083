using Monitoring.Domain.Fraud;

namespace Monitoring.Grains.Tests.Fraud;

/// <summary>A stand-in for the rule-based scorer (fraud-core's), so the tests can tell "the rules" from a model.</summary>
internal sealed class StandInRules : IFraudScorer
{
    public const string Name = "rules-stand-in";

    public string Version => Name;

    public double Score(in FraudFeatures features) => 0.1;

    public int Explain(in FraudFeatures features, Span<FeatureContribution> top) => 0;
}
