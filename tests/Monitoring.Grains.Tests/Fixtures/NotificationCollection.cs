namespace Monitoring.Grains.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class NotificationCollection : ICollectionFixture<NotificationClusterFixture>
{
    public const string Name = "notification cluster";
}
