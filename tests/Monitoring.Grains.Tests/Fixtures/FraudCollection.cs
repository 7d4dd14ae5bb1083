namespace Monitoring.Grains.Tests.Fixtures;

/// <summary>
/// The fraud tests' own cluster: they move the clock by a day and leave fraud alerts escalating,
/// which the scheduled collection's counting tests must not see.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FraudCollection : ICollectionFixture<ScheduledClusterFixture>
{
    public const string Name = "fraud";
}
