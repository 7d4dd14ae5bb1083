namespace Monitoring.Server.Tests.Fixtures;

/// <summary>Device-health rules on their own host and clock.</summary>
[CollectionDefinition(Name)]
public sealed class HealthCollection : ICollectionFixture<HealthHostFixture>
{
    public const string Name = "health";
}
