namespace Monitoring.Server.Tests.Fixtures;

/// <summary>The dashboard in a real browser, on a host of its own.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardHostFixture>
{
    public const string Name = "dashboard";
}
