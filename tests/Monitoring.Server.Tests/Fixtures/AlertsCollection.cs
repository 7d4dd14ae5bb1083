namespace Monitoring.Server.Tests.Fixtures;

/// <summary>Alert listing and workflow tests: they move their host's clock forward only.</summary>
[CollectionDefinition(Name)]
public sealed class AlertsCollection : ICollectionFixture<AlertsHostFixture>
{
    public const string Name = "alerts";
}
