namespace Monitoring.Server.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class LimitsCollection : ICollectionFixture<LimitsHostFixture>
{
    public const string Name = "limits";
}
