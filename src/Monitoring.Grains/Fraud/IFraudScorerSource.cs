using Monitoring.Domain.Fraud;

namespace Monitoring.Grains.Fraud;

/// <summary>
/// The silo's scorer for a tenant: the tenant's active trained model when one passed its gates and
/// loaded, else the rule-based score. A silo-wide singleton; the answer can change at any time (a
/// new model is activated), so a grain asks for each event rather than keeping it.
/// </summary>
public interface IFraudScorerSource
{
    /// <summary>The scorer to use now for <paramref name="tenant"/>'s events.</summary>
    IFraudScorer For(string tenant);
}
