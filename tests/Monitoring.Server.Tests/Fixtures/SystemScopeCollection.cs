namespace Monitoring.Server.Tests.Fixtures;

/// <summary>Tests that move the manual clock by days share one host of their own.</summary>
[CollectionDefinition(Name)]
public sealed class SystemScopeCollection : ICollectionFixture<SystemScopeHostFixture>
{
    public const string Name = "system-scope";
}
