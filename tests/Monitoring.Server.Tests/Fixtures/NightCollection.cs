namespace Monitoring.Server.Tests.Fixtures;

/// <summary>The acceptance night: one host, one clock, one night.</summary>
[CollectionDefinition(Name)]
public sealed class NightCollection : ICollectionFixture<NightHostFixture>
{
    public const string Name = "night";
}
