namespace Monitoring.Server.Tests.Fixtures;

/// <summary>A host with the health rules on, as the product ships.</summary>
public sealed class HealthHostFixture : HostFixture
{
    protected override bool HealthRules => true;
}
