namespace Monitoring.Integration.Tests.Postgres;

/// <summary>Test classes that share one PostgreSQL server, each test in a database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
