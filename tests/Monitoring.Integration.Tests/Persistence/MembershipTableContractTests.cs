using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Monitoring.Integration.Tests.Postgres;
using Monitoring.Persistence;
using Orleans.Configuration;
using Orleans.Runtime.MembershipService;

namespace Monitoring.Integration.Tests.Persistence;

/// <summary>
/// The ADO.NET membership table running our SQL. Each test works on a cluster id of its own, so the
/// running silos never see its rows; one test reads the live cluster's own rows.
/// </summary>
[Collection(PostgresClusterCollection.Name)]
public sealed class MembershipTableContractTests(PostgresClusterFixture fixture)
{
    private static readonly DateTime Now = DateTime.UtcNow;

    [Fact]
    public async Task MembershipTable_LiveCluster_ListsBothSilosActive()
    {
        var table = fixture.Silo.GetRequiredService<IMembershipTable>();

        var data = await table.ReadAllAsync(CancellationToken.None);

        Assert.IsType<AdoNetClusteringTable>(table);
        var active = data.Members.Where(m => m.Item1.Status == SiloStatus.Active).Select(m => m.Item1.SiloAddress).ToHashSet();
        Assert.Equal(fixture.Cluster.Silos.Select(s => s.SiloAddress).ToHashSet(), active);
        Assert.True(data.Version.Version >= 2);
    }

    [Fact]
    public void UsePostgresStore_DataSourceAndConnectionStringSilos_FormOneCluster()
    {
        var options = fixture.Cluster.Silos
            .Select(s => s.ServiceProvider.GetRequiredService<IOptions<AdoNetClusteringSiloOptions>>().Value)
            .ToList();

        Assert.Equal(2, fixture.Cluster.GetActiveSilos().Count());
        Assert.Single(options, o => o.DataSource is not null && o.ConnectionString is null);
        Assert.Single(options, o => o.DataSource is null && o.ConnectionString == fixture.ConnectionString);
    }

    [Fact]
    public async Task MembershipTable_InsertWithStaleVersion_ReturnsFalseAndChangesNothing()
    {
        var table = await CreateTableAsync();
        var empty = await table.ReadAllAsync(CancellationToken.None);

        Assert.True(await table.InsertRowAsync(Entry(1), empty.Version.Next(), CancellationToken.None));
        Assert.False(await table.InsertRowAsync(Entry(2), empty.Version.Next(), CancellationToken.None));

        var afterFirst = await table.ReadAllAsync(CancellationToken.None);
        Assert.False(await table.InsertRowAsync(Entry(1), afterFirst.Version.Next(), CancellationToken.None));

        var data = await table.ReadAllAsync(CancellationToken.None);
        Assert.Equal([Entry(1).SiloAddress], data.Members.Select(m => m.Item1.SiloAddress));
        Assert.Equal(empty.Version.Version + 1, data.Version.Version);
    }

    [Fact]
    public async Task MembershipTable_UpdateWithStaleVersion_ReturnsFalseAndChangesNothing()
    {
        var table = await CreateTableAsync();
        var empty = await table.ReadAllAsync(CancellationToken.None);
        var entry = Entry(1);
        Assert.True(await table.InsertRowAsync(entry, empty.Version.Next(), CancellationToken.None));
        var (stored, etag) = (await table.ReadRowAsync(entry.SiloAddress, CancellationToken.None)).Members.Single();

        stored.Status = SiloStatus.Dead;
        Assert.False(await table.UpdateRowAsync(stored, etag, empty.Version.Next(), CancellationToken.None));
        var unchanged = await table.ReadAllAsync(CancellationToken.None);
        Assert.Equal(SiloStatus.Active, unchanged.Members.Single().Item1.Status);

        stored.AddOrUpdateSuspector(Entry(2).SiloAddress, Now, 3);
        Assert.True(await table.UpdateRowAsync(stored, etag, unchanged.Version.Next(), CancellationToken.None));
        var updated = (await table.ReadAllAsync(CancellationToken.None)).Members.Single().Item1;
        Assert.Equal(SiloStatus.Dead, updated.Status);
        Assert.Equal(Entry(2).SiloAddress, Assert.Single(updated.SuspectTimes!).Item1);
    }

    [Fact]
    public async Task MembershipTable_ReadAll_ShowsEveryRowWithItsFields()
    {
        var table = await CreateTableAsync();
        foreach (var port in new[] { 1, 2 })
        {
            var version = (await table.ReadAllAsync(CancellationToken.None)).Version;
            Assert.True(await table.InsertRowAsync(Entry(port), version.Next(), CancellationToken.None));
        }

        var alive = Entry(2);
        alive.IAmAliveTime = Now.AddMinutes(1);
        await table.UpdateIAmAliveAsync(alive, CancellationToken.None);

        var data = await table.ReadAllAsync(CancellationToken.None);
        Assert.Equal(2, data.Members.Count);
        Assert.Equal(2, data.Version.Version);
        var second = data.Members.Single(m => m.Item1.SiloAddress.Equals(alive.SiloAddress)).Item1;
        Assert.Equal("silo-2", second.SiloName);
        Assert.Equal("host-2", second.HostName);
        Assert.Equal(30002, second.ProxyPort);
        Assert.Equal(SiloStatus.Active, second.Status);
        Assert.Equal(Now.AddHours(-1), second.StartTime, TimeSpan.FromMilliseconds(1));
        Assert.Equal(Now.AddMinutes(1), second.IAmAliveTime, TimeSpan.FromMilliseconds(1));
        Assert.Single((await table.ReadRowAsync(alive.SiloAddress, CancellationToken.None)).Members);
    }

    [Fact]
    public async Task MembershipTable_CleanupDefunct_RemovesOnlyOldDeadRows()
    {
        var table = await CreateTableAsync();
        var dead = Entry(1, SiloStatus.Dead, aliveAt: Now.AddDays(-10));
        var active = Entry(2, SiloStatus.Active, aliveAt: Now.AddDays(-10));
        var recentDead = Entry(3, SiloStatus.Dead, aliveAt: Now);
        foreach (var entry in new[] { dead, active, recentDead })
        {
            var version = (await table.ReadAllAsync(CancellationToken.None)).Version;
            Assert.True(await table.InsertRowAsync(entry, version.Next(), CancellationToken.None));
        }

        await table.CleanupDefunctSiloEntriesAsync(Now.AddDays(-7), CancellationToken.None);

        var left = (await table.ReadAllAsync(CancellationToken.None)).Members.Select(m => m.Item1.SiloAddress);
        Assert.Equal([active.SiloAddress, recentDead.SiloAddress], left.OrderBy(a => a.Endpoint.Port));
    }

    [Fact]
    public async Task MembershipTable_DeleteEntries_RemovesOnlyThatCluster()
    {
        var (table, clusterId) = await CreateClusterTableAsync();
        var other = await CreateTableAsync();
        Assert.True(await table.InsertRowAsync(Entry(1), (await table.ReadAllAsync(CancellationToken.None)).Version.Next(), CancellationToken.None));
        Assert.True(await other.InsertRowAsync(Entry(1), (await other.ReadAllAsync(CancellationToken.None)).Version.Next(), CancellationToken.None));

        await table.DeleteMembershipTableEntriesAsync(clusterId, CancellationToken.None);

        Assert.Equal(0L, await Sql.ScalarAsync<long>(fixture.ConnectionString, """
            SELECT (SELECT count(*) FROM orleans_membership WHERE deployment_id = @id)
                 + (SELECT count(*) FROM orleans_membership_version WHERE deployment_id = @id)
            """, ("id", clusterId)));
        Assert.Single((await other.ReadAllAsync(CancellationToken.None)).Members);
    }

    private async Task<IMembershipTable> CreateTableAsync() => (await CreateClusterTableAsync()).Table;

    private async Task<(IMembershipTable Table, string ClusterId)> CreateClusterTableAsync()
    {
        var clusterId = "contract-" + Guid.NewGuid().ToString("N")[..12];
        var table = new AdoNetClusteringTable(
            fixture.Silo,
            Options.Create(new ClusterOptions { ClusterId = clusterId, ServiceId = clusterId }),
            Options.Create(new AdoNetClusteringSiloOptions { Invariant = PostgresStore.Invariant, ConnectionString = fixture.ConnectionString }),
            NullLogger<AdoNetClusteringTable>.Instance);
        await table.InitializeMembershipTableAsync(true, CancellationToken.None);
        return (table, clusterId);
    }

    private static MembershipEntry Entry(int port, SiloStatus status = SiloStatus.Active, DateTime? aliveAt = null) => new()
    {
        SiloAddress = SiloAddress.New(IPAddress.Loopback, 20000 + port, 7),
        SiloName = "silo-" + port,
        HostName = "host-" + port,
        Status = status,
        ProxyPort = 30000 + port,
        StartTime = (aliveAt ?? Now).AddHours(-1),
        IAmAliveTime = aliveAt ?? Now,
    };
}
