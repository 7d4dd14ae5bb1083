using Monitoring.Domain.Inactivity;
using Monitoring.Grains.Tenants;

namespace Monitoring.Grains.Tests.Fixtures;

/// <summary>A cluster whose tenants have small caps, so tests reach them (each test in a tenant of its own).</summary>
public sealed class CapsClusterFixture : ClusterFixture
{
    public static readonly TenantLimits SmallLimits = new(SitesPerTenant: 2, GuardsPerTenant: 3, DevicesPerTenant: 3, DevicesPerGuard: 2);

    protected override InactivitySettings Settings => InactivitySettings.Default;

    protected override TenantLimits Limits => SmallLimits;
}
