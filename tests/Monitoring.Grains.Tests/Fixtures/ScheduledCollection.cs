namespace Monitoring.Grains.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class ScheduledCollection : ICollectionFixture<ScheduledClusterFixture>
{
    public const string Name = "scheduled cluster";
}
