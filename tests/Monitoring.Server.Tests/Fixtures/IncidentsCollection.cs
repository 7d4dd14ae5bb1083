namespace Monitoring.Server.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class IncidentsCollection : ICollectionFixture<IncidentsHostFixture>
{
    public const string Name = "incidents";
}
