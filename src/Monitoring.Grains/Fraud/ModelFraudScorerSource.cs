using System.Collections.Concurrent;
using Monitoring.Domain.Fraud;

namespace Monitoring.Grains.Fraud;

/// <summary>
/// The silo's scorer per tenant: the tenant's active trained model once <see cref="FraudModelRefresher"/>
/// loaded it, else (no model passed yet, or the stored one failed to load) the rule-based scorer.
/// <see cref="For"/> is a dictionary read and a volatile load: no allocation, no lock.
/// </summary>
public sealed class ModelFraudScorerSource(Func<IFraudScorer> rules) : IFraudScorerSource
{
    private readonly ConcurrentDictionary<string, TenantScorer> _tenants = new(StringComparer.Ordinal);
    private readonly Lazy<IFraudScorer> _rules = new(rules);

    /// <summary>The fallback used while a tenant has no loaded model (resolved at the first score).</summary>
    public IFraudScorer Rules => _rules.Value;

    public IFraudScorer For(string tenant) =>
        _tenants.TryGetValue(tenant, out var slot) ? slot.Scorer : _tenants.GetOrAdd(tenant, static (_, rules) => new TenantScorer(rules), Rules).Scorer;

    /// <summary>The tenants this silo has scored for, with their slots (the refresher walks them).</summary>
    internal IEnumerable<KeyValuePair<string, TenantScorer>> Tenants => _tenants;

    /// <summary>Starts watching a tenant before its first event (a registry's own silo, tests).</summary>
    public void Watch(string tenant) => _ = For(tenant);
}
