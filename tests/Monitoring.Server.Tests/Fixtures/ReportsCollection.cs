namespace Monitoring.Server.Tests.Fixtures;

/// <summary>The reports: one host, one scripted night.</summary>
[CollectionDefinition(Name)]
public sealed class ReportsCollection : ICollectionFixture<ReportsHostFixture>
{
    public const string Name = "reports";
}
