namespace Monitoring.Server.Tests.Fixtures;

/// <summary>The dashboard in a real browser, on a host of its own with the health rules on.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardHealthCollection : ICollectionFixture<DashboardHealthHostFixture>
{
    public const string Name = "dashboard-health";
}
