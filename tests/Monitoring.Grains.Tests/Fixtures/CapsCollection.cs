namespace Monitoring.Grains.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class CapsCollection : ICollectionFixture<CapsClusterFixture>
{
    public const string Name = "caps cluster";
}
