using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Integration.Tests.Postgres;
using Monitoring.Persistence;
using Monitoring.Persistence.Hosting;
using Npgsql;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Monitoring.Integration.Tests.Persistence;

/// <summary>
/// A two-silo in-process cluster whose membership, grain state and reminders live in a fresh
/// PostgreSQL database (the real Orleans ADO.NET providers running our SQL). The first silo is
/// configured with a shared data source, the others with the connection string, so both entry
/// points are exercised. The client finds the gateways through the same membership table.
/// </summary>
public sealed class PostgresClusterFixture : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;
    private NpgsqlDataSource? _dataSource;
    private string? _connectionString;
    private int _silosConfigured;

    public PostgresFixture Postgres { get; } = new();

    public string ClusterId { get; } = "it-" + Guid.NewGuid().ToString("N")[..8];

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("Cluster not started.");

    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("Cluster not started.");

    public IServiceProvider Silo => Cluster.Silos[0].ServiceProvider;

    public IGrainStorage DefaultStorage => Silo.GetRequiredKeyedService<IGrainStorage>("Default");

    public async Task InitializeAsync()
    {
        await Postgres.InitializeAsync();
        _connectionString = await Postgres.CreateDatabaseAsync("orleans");

        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ClusterId = ClusterId;
        builder.Options.ServiceId = ClusterId;
        UseMembershipFromConfiguration(builder.Options);
        _dataSource = PostgresStore.Create(_connectionString);
        builder.ConfigureSilo((_, silo) =>
        {
            if (Interlocked.Increment(ref _silosConfigured) == 1)
            {
                silo.UsePostgresStore(_dataSource, ClusterId);
            }
            else
            {
                silo.UsePostgresStore(_connectionString, ClusterId);
            }
        });
        builder.ConfigureClient(client => client.UseAdoNetClustering(o =>
        {
            o.Invariant = PostgresStore.Invariant;
            o.ConnectionString = _connectionString;
        }));
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    /// <summary>
    /// The in-process cluster registers its own in-memory membership table (and a grain directory
    /// driven by it) after every silo delegate, which would shadow the ADO.NET table. The switch is
    /// internal in Orleans.TestingHost 10.4.2, hence reflection; it fails loudly if the switch goes.
    /// </summary>
    internal static void UseMembershipFromConfiguration(InProcessTestClusterOptions options)
    {
        var property = typeof(InProcessTestClusterOptions).GetProperty(
            "UseTestClusterMembership", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException("InProcessTestClusterOptions.UseTestClusterMembership no longer exists.");
        property.SetValue(options, false);
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }

        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        await Postgres.DisposeAsync();
    }
}
