using Monitoring.Grains.Storage.Audit;

namespace Monitoring.Grains.Tests.Storage;

/// <summary>The embedded default's audit log ages out like PostgreSQL's: records before the cutoff go, later ones stay.</summary>
public sealed class MemoryAuditLogTests
{
    private static readonly DateTimeOffset Cutoff = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task DeleteBefore_OldAndRecentRecordsOfTwoTenants_DeletesOnlyTheOld()
    {
        var audit = new MemoryAuditLog();
        foreach (var (tenant, at) in new[]
        {
            ("t1", Cutoff.AddDays(-400)), ("t1", Cutoff.AddDays(-1)), ("t2", Cutoff.AddDays(-30)),
            ("t1", Cutoff), ("t1", Cutoff.AddDays(3)), ("t2", Cutoff.AddMinutes(1)),
        })
        {
            await audit.AppendAsync(new AuditRecord
            {
                Tenant = tenant, At = at, Actor = "op-1", Method = "PUT", Resource = "sites", Path = "/api/v1/sites/s1", Status = 200,
            });
        }

        var deleted = await audit.DeleteBeforeAsync(Cutoff);

        Assert.Equal(3, deleted);
        var page = await audit.ReadAsync(new AuditQuery(["t1", "t2"], null, null, null, null, 50));
        Assert.Equal([Cutoff.AddMinutes(1), Cutoff.AddDays(3), Cutoff], page.Items.Select(r => r.At));
        Assert.Equal(0, await audit.DeleteBeforeAsync(Cutoff));
    }
}
