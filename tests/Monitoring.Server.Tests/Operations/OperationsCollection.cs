namespace Monitoring.Server.Tests.Operations;

/// <summary>Metrics, the Orleans Dashboard and the API reference, on a host of their own.</summary>
[CollectionDefinition(Name)]
public sealed class OperationsCollection : ICollectionFixture<OperationsHostFixture>
{
    public const string Name = "operations";
}
