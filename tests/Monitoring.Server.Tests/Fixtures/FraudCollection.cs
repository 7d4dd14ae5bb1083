namespace Monitoring.Server.Tests.Fixtures;

/// <summary>The fraud API and page: one host.</summary>
[CollectionDefinition(Name)]
public sealed class FraudCollection : ICollectionFixture<FraudHostFixture>
{
    public const string Name = "fraud";
}
