namespace Monitoring.Integration.Tests.Persistence;

/// <summary>Test classes that share one cluster stored in PostgreSQL; each test uses keys of its own.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresClusterCollection : ICollectionFixture<PostgresClusterFixture>
{
    public const string Name = "postgres-cluster";
}
