using Monitoring.Domain.Inactivity;

namespace Monitoring.Grains.Tests.Fixtures;

/// <summary>A cluster with the product's settings (5-minute evaluations), driven by the manual clock.</summary>
public sealed class ScheduledClusterFixture : ClusterFixture
{
    protected override InactivitySettings Settings => InactivitySettings.Default;
}
