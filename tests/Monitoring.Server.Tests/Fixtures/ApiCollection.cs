namespace Monitoring.Server.Tests.Fixtures;

/// <summary>Tests that never move the clock share one host.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiHostFixture>
{
    public const string Name = "api";
}
