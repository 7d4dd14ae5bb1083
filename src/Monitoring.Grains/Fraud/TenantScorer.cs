using Monitoring.Domain.Fraud;

namespace Monitoring.Grains.Fraud;

/// <summary>
/// One tenant's slot in a silo's <see cref="ModelFraudScorerSource"/>: the scorer in use (swapped
/// whole, read without a lock), the version the registry last named, and when the slot last changed.
/// </summary>
internal sealed class TenantScorer(IFraudScorer scorer)
{
    private volatile IFraudScorer _scorer = scorer;

    public IFraudScorer Scorer => _scorer;

    /// <summary>The version the registry named at the last refresh (null: none active); the scorer may be the rules if it failed to load.</summary>
    public string? Wanted { get; set; }

    public bool Refreshed { get; set; }

    public void Swap(IFraudScorer scorer) => _scorer = scorer;
}
