namespace Monitoring.Server.Tests.Hostile;

/// <summary>The hostile-input run, alone on its host.</summary>
[CollectionDefinition(Name)]
public sealed class HostileCollection : ICollectionFixture<HostileHostFixture>
{
    public const string Name = "hostile";
}
