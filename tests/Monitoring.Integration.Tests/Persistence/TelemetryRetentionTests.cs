using Monitoring.Integration.Tests.Postgres;
using Monitoring.Persistence;
using Monitoring.Persistence.Retention;
using Npgsql;

namespace Monitoring.Integration.Tests.Persistence;

/// <summary>Telemetry retention: one day partition per call and per transaction, oldest first.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TelemetryRetentionTests(PostgresFixture postgres)
{
    private static readonly DateOnly Day1 = new(2026, 3, 1);

    [Fact]
    public async Task DropOldestPartition_ThreeExpiredDays_DropsExactlyOnePerCallOldestFirst()
    {
        var db = await ArchiveWithDaysAsync("retention_one_per_call", 5);
        await using var dataSource = PostgresStore.Create(db, maxConnections: 2);
        var retention = new PostgresRetention(dataSource, chunkSize: 100, TimeSpan.FromSeconds(5));
        var cutoff = Day1.AddDays(3);

        var seen = new List<(string? Dropped, List<string> Left)>();
        for (var call = 0; call < 4; call++)
        {
            seen.Add((await retention.DropOldestPartitionAsync(cutoff), await PartitionsAsync(db)));
        }

        Assert.Equal(["telemetry_archive_p20260301", "telemetry_archive_p20260302", "telemetry_archive_p20260303", null], seen.Select(s => s.Dropped));
        Assert.Equal([4, 3, 2, 2], seen.Select(s => s.Left.Count));
        Assert.Equal(["telemetry_archive_p20260304", "telemetry_archive_p20260305"], seen[^1].Left);
    }

    [Fact]
    public async Task DropTelemetryBefore_ANewerDayLocked_FailsThereButKeepsTheOlderDaysDropped()
    {
        var db = await ArchiveWithDaysAsync("retention_per_transaction", 4);
        await using var dataSource = PostgresStore.Create(db, maxConnections: 2);
        var retention = new PostgresRetention(dataSource, chunkSize: 100, TimeSpan.FromMilliseconds(300));

        // A reader of the third day holds a lock its drop must wait for.
        await using var reader = new NpgsqlConnection(db);
        await reader.OpenAsync();
        await using var transaction = await reader.BeginTransactionAsync();
        await using (var read = new NpgsqlCommand("SELECT count(*) FROM telemetry_archive_p20260303", reader, transaction))
        {
            await read.ExecuteScalarAsync();
        }

        var failure = await Assert.ThrowsAsync<PostgresException>(() => retention.DropTelemetryBeforeAsync(Day1.AddDays(4)));

        Assert.Equal(PostgresErrorCodes.LockNotAvailable, failure.SqlState);
        Assert.Equal(["telemetry_archive_p20260303", "telemetry_archive_p20260304"], await PartitionsAsync(db));
        Assert.Equal([3L, 4L], await Sql.ColumnAsync<long>(db, "SELECT seq FROM telemetry_archive ORDER BY seq"));
    }

    [Fact]
    public async Task DropTelemetryBefore_OldRowsInTheDefaultPartition_DeletesThemInChunksAndKeepsNewerOnes()
    {
        var db = await ArchiveWithDaysAsync("retention_default", 2);
        for (var seq = 100; seq < 107; seq++)
        {
            await InsertAsync(db, seq, new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(seq));
        }

        await InsertAsync(db, 200, new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));
        await using var dataSource = PostgresStore.Create(db, maxConnections: 2);
        var retention = new PostgresRetention(dataSource, chunkSize: 3, TimeSpan.FromSeconds(5));

        var (partitions, rows) = await retention.DropTelemetryBeforeAsync(Day1.AddDays(1));

        Assert.Equal(["telemetry_archive_p20260301"], partitions);
        Assert.Equal(7, rows);
        Assert.Equal([2L, 200L], await Sql.ColumnAsync<long>(db, "SELECT seq FROM telemetry_archive ORDER BY seq"));
    }

    /// <summary>A migrated database with a partition and one event for each of <paramref name="days"/> days from 1 March 2026.</summary>
    private async Task<string> ArchiveWithDaysAsync(string prefix, int days)
    {
        var db = await postgres.CreateDatabaseAsync(prefix);
        for (var i = 0; i < days; i++)
        {
            await Sql.ScalarAsync<bool>(db, "SELECT ensure_telemetry_partition(@day)", ("day", Day1.AddDays(i)));
            await InsertAsync(db, i + 1, new DateTimeOffset(Day1.AddDays(i), new TimeOnly(12, 0), TimeSpan.Zero));
        }

        return db;
    }

    private static Task<int> InsertAsync(string db, long seq, DateTimeOffset ts) =>
        Sql.ExecuteAsync(db, "INSERT INTO telemetry_archive (tenant_id, device_id, seq, ts, type) VALUES ('t1', 'd1', @seq, @ts, 'heartbeat')",
            ("seq", seq), ("ts", ts.UtcDateTime));

    private static Task<List<string>> PartitionsAsync(string db) =>
        Sql.ColumnAsync<string>(db, """
            SELECT c.relname::text FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'telemetry_archive'::regclass AND c.relname <> 'telemetry_archive_default' ORDER BY 1
            """);
}
