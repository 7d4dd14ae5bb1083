using Monitoring.Domain.Inactivity;
using Monitoring.Grains.Rules;

namespace Monitoring.Grains.Tests.Fixtures;

/// <summary>A cluster with the product's settings and the health rules on, driven by the manual clock.</summary>
public sealed class HealthClusterFixture : ClusterFixture
{
    protected override InactivitySettings Settings => InactivitySettings.Default;

    protected override HealthRulesPolicy Rules => HealthRulesPolicy.On;
}
