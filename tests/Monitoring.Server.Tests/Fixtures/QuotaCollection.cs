namespace Monitoring.Server.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class QuotaCollection : ICollectionFixture<QuotaHostFixture>
{
    public const string Name = "quota";
}
