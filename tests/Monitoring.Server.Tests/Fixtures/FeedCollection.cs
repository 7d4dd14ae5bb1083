namespace Monitoring.Server.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class FeedCollection : ICollectionFixture<FeedHostFixture>
{
    public const string Name = "feed";
}
