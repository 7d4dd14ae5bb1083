using Monitoring.Integration.Tests.Postgres;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// The multi-process cluster tests: one PostgreSQL server, a fresh database per test. They run one
/// at a time and after the parallel collections, because several silo processes and their failure
/// detection need the machine's CPUs to themselves to keep their timings.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "cluster";
}
