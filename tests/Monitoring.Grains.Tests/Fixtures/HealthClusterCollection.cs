namespace Monitoring.Grains.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class HealthClusterCollection : ICollectionFixture<HealthClusterFixture>
{
    public const string Name = "health cluster";
}
