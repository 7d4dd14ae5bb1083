namespace Monitoring.Grains.Tests.Fraud;

[CollectionDefinition(Name)]
public sealed class FraudModelsCollection : ICollectionFixture<FraudClusterFixture>
{
    public const string Name = "fraud models cluster";
}
