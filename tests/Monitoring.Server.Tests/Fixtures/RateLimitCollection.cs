namespace Monitoring.Server.Tests.Fixtures;

/// <summary>The host with tiny rate limits.</summary>
[CollectionDefinition(Name)]
public sealed class RateLimitCollection : ICollectionFixture<RateLimitHostFixture>
{
    public const string Name = "rate-limits";
}
