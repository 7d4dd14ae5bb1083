using Monitoring.Integration.Tests.Postgres;
using Monitoring.Persistence;
using Monitoring.Persistence.Retention;

namespace Monitoring.Integration.Tests.Persistence;

/// <summary>Event log and history retention: chunked deletes of what is older than the cutoff, nothing newer.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RowRetentionTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset Cutoff = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task DeleteEventsBefore_OldAndNewEnvelopes_DeletesOldInChunksButKeepsNewerAndEachTenantsLast()
    {
        var db = await postgres.CreateDatabaseAsync("retention_events");
        for (var seq = 1; seq <= 12; seq++)
        {
            await InsertEventAsync(db, "ta", seq, Cutoff.AddDays(-30).AddMinutes(seq));
        }

        await InsertEventAsync(db, "ta", 13, Cutoff.AddSeconds(1));
        await InsertEventAsync(db, "ta", 14, Cutoff.AddDays(2));
        await InsertEventAsync(db, "tb", 1, Cutoff.AddDays(-40));
        await InsertEventAsync(db, "tb", 2, Cutoff.AddDays(-39));
        await using var dataSource = PostgresStore.Create(db, maxConnections: 2);

        var deleted = await new PostgresRetention(dataSource, chunkSize: 5, TimeSpan.FromSeconds(5)).DeleteEventsBeforeAsync(Cutoff);

        Assert.Equal(13, deleted);
        Assert.Equal(["ta 13", "ta 14", "tb 2"], await Sql.ColumnAsync<string>(db, "SELECT tenant_id || ' ' || seq FROM feed_events ORDER BY 1"));
    }

    [Fact]
    public async Task DeleteHistoryClosedBefore_ClosedLongAgoRecentlyAndOpen_DeletesOnlyTheLongClosed()
    {
        var db = await postgres.CreateDatabaseAsync("retention_history");
        var old = Cutoff.AddDays(-100);
        foreach (var table in new[] { "alerts", "incidents", "tickets" })
        {
            for (var i = 0; i < 5; i++)
            {
                await InsertHistoryAsync(db, table, $"closed-old-{i}", old, closedAt: old.AddDays(1));
            }

            await InsertHistoryAsync(db, table, "closed-recent", old, closedAt: Cutoff.AddHours(1));
            await InsertHistoryAsync(db, table, "open-old", old, closedAt: null);
        }

        await using var dataSource = PostgresStore.Create(db, maxConnections: 2);

        var deleted = await new PostgresRetention(dataSource, chunkSize: 2, TimeSpan.FromSeconds(5)).DeleteHistoryClosedBeforeAsync(Cutoff);

        Assert.Equal(15, deleted);
        foreach (var table in new[] { "alerts", "incidents", "tickets" })
        {
            Assert.Equal(["closed-recent", "open-old"], await Sql.ColumnAsync<string>(db, $"SELECT id FROM {table} ORDER BY id"));
        }
    }

    private static Task<int> InsertEventAsync(string db, string tenant, long seq, DateTimeOffset at) =>
        Sql.ExecuteAsync(db, "INSERT INTO feed_events (tenant_id, seq, type, at, data) VALUES (@tenant, @seq, 'alert', @at, '{}')",
            ("tenant", tenant), ("seq", seq), ("at", at.UtcDateTime));

    private static Task<int> InsertHistoryAsync(string db, string table, string id, DateTimeOffset openedAt, DateTimeOffset? closedAt)
    {
        var (kind, rank) = table == "tickets" ? ("category", "priority") : ("type", "severity");
        return Sql.ExecuteAsync(db,
            $"INSERT INTO {table} (tenant_id, id, site_id, {kind}, {rank}, status, opened_at, updated_at, closed_at, doc) " +
            "VALUES ('t1', @id, 's1', 'x', 'high', @status, @opened, @opened, @closed, '{}')",
            ("id", id), ("status", closedAt is null ? "active" : "closed"), ("opened", openedAt.UtcDateTime),
            ("closed", closedAt is { } c ? c.UtcDateTime : DBNull.Value));
    }
}
