namespace Monitoring.Server.Tests.Fixtures;

/// <summary>The departed-silo retry tests, on a host of their own with the fault filter.</summary>
[CollectionDefinition(Name)]
public sealed class DepartingSiloCollection : ICollectionFixture<DepartingSiloHostFixture>
{
    public const string Name = "departing-silo";
}
