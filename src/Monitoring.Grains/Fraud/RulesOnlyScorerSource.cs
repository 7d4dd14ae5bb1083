using Monitoring.Domain.Fraud;

namespace Monitoring.Grains.Fraud;

/// <summary>The default scorer source: the rule-based score for every tenant (a model-aware source replaces it).</summary>
internal sealed class RulesOnlyScorerSource : IFraudScorerSource
{
    public IFraudScorer For(string tenant) => RuleFraudScorer.Instance;
}
