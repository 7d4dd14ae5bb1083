namespace Monitoring.Grains.Tests.Fraud;

[CollectionDefinition(Name)]
public sealed class FraudCollection : ICollectionFixture<FraudClusterFixture>
{
    public const string Name = "fraud cluster";
}
