using Monitoring.Grains.Storage.Audit;
using Monitoring.Integration.Tests.Postgres;
using Monitoring.Persistence;
using Monitoring.Persistence.Audit;

namespace Monitoring.Integration.Tests.Persistence;

/// <summary>The audit log's retention on PostgreSQL: records before the cutoff go (in chunks), later ones stay.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AuditRetentionTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset Cutoff = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task DeleteBefore_OldAndRecentRecordsOfTwoTenants_DeletesOnlyTheOld()
    {
        var db = await postgres.CreateDatabaseAsync("audit_retention");
        await using var source = PostgresStore.Create(db, maxConnections: 2);
        var audit = new PostgresAuditLog(source);
        foreach (var (tenant, at) in new[]
        {
            ("t1", Cutoff.AddDays(-400)), ("t1", Cutoff.AddDays(-1)), ("t1", Cutoff.AddSeconds(-1)), ("t2", Cutoff.AddDays(-30)),
            ("t1", Cutoff), ("t1", Cutoff.AddDays(3)), ("t2", Cutoff.AddMinutes(1)),
        })
        {
            await audit.AppendAsync(Record(tenant, at));
        }

        var deleted = await audit.DeleteBeforeAsync(Cutoff);

        Assert.Equal(4, deleted);
        var page = await audit.ReadAsync(new AuditQuery(["t1", "t2"], null, null, null, null, 50));
        Assert.Equal([Cutoff.AddMinutes(1), Cutoff.AddDays(3), Cutoff], page.Items.Select(r => r.At));
        Assert.Equal(0, await audit.DeleteBeforeAsync(Cutoff));
    }

    private static AuditRecord Record(string tenant, DateTimeOffset at) => new()
    {
        Tenant = tenant,
        At = at,
        Actor = "op-1",
        Method = "PUT",
        Resource = "sites",
        ResourceId = "s1",
        Path = "/api/v1/sites/s1",
        Status = 200,
        After = "{\"name\":\"North\"}",
    };
}
