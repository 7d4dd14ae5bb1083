using Monitoring.Integration.Tests.Postgres;

namespace Monitoring.Integration.Tests.Persistence;

/// <summary>The telemetry archive's day partitions, duplicate guard and retention function.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TelemetryArchiveTests(PostgresFixture postgres)
{
    private const string Insert = """
        INSERT INTO telemetry_archive (tenant_id, device_id, seq, ts, type, battery)
        VALUES ('t1', @device, @seq, @ts, 'heartbeat', 80)
        ON CONFLICT DO NOTHING
        """;

    [Fact]
    public async Task EnsurePartition_NewDay_CreatesItOnceAndRoutesThatUtcDayToIt()
    {
        var db = await postgres.CreateDatabaseAsync("archive_partition");

        Assert.True(await EnsureAsync(db, new DateOnly(2026, 3, 1)));
        Assert.False(await EnsureAsync(db, new DateOnly(2026, 3, 1)));
        await InsertAsync(db, "d1", 1, new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await InsertAsync(db, "d1", 2, new DateTimeOffset(2026, 3, 1, 20, 0, 0, TimeSpan.FromHours(-5)));

        Assert.Equal(["telemetry_archive_default", "telemetry_archive_p20260301"], await PartitionsOfAsync(db, "d1"));
    }

    [Fact]
    public async Task EnsurePartition_DayAlreadyInDefaultPartition_MovesItsRowsIntoTheNewPartition()
    {
        var db = await postgres.CreateDatabaseAsync("archive_move");
        await InsertAsync(db, "d1", 1, new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
        await InsertAsync(db, "d1", 2, new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.Zero));

        Assert.True(await EnsureAsync(db, new DateOnly(2026, 3, 2)));

        Assert.Equal(["telemetry_archive_default", "telemetry_archive_p20260302"], await PartitionsOfAsync(db, "d1"));
        Assert.Equal(2L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM telemetry_archive"));
    }

    [Fact]
    public async Task Insert_SameEventTwice_StoresItOnce()
    {
        var db = await postgres.CreateDatabaseAsync("archive_dedup");
        var ts = new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);
        await EnsureAsync(db, new DateOnly(2026, 3, 4));

        Assert.Equal(1, await InsertAsync(db, "d1", 7, ts));
        Assert.Equal(0, await InsertAsync(db, "d1", 7, ts));
        Assert.Equal(1, await InsertAsync(db, "d2", 7, ts));
    }

    [Fact]
    public async Task DropPartitionsBefore_Cutoff_DropsOnlyOlderDaysAndCountsThem()
    {
        var db = await postgres.CreateDatabaseAsync("archive_retention");
        foreach (var day in new[] { 1, 2, 3 })
        {
            await EnsureAsync(db, new DateOnly(2026, 3, day));
            await InsertAsync(db, "d1", day, new DateTimeOffset(2026, 3, day, 12, 0, 0, TimeSpan.Zero));
        }

        await InsertAsync(db, "d1", 99, new DateTimeOffset(2026, 2, 1, 12, 0, 0, TimeSpan.Zero));

        var dropped = await Sql.ScalarAsync<int>(db, "SELECT drop_telemetry_partitions_before(@cutoff)", ("cutoff", new DateOnly(2026, 3, 3)));

        Assert.Equal(2, dropped);
        Assert.Equal([3L], await Sql.ColumnAsync<long>(db, "SELECT seq FROM telemetry_archive ORDER BY seq"));
        Assert.Equal(0, await Sql.ScalarAsync<int>(db, "SELECT drop_telemetry_partitions_before(@cutoff)", ("cutoff", new DateOnly(2026, 3, 3))));
    }

    private static Task<bool> EnsureAsync(string db, DateOnly day) =>
        Sql.ScalarAsync<bool>(db, "SELECT ensure_telemetry_partition(@day)", ("day", day));

    private static Task<int> InsertAsync(string db, string device, long seq, DateTimeOffset ts) =>
        Sql.ExecuteAsync(db, Insert, ("device", device), ("seq", seq), ("ts", ts.UtcDateTime));

    private static Task<List<string>> PartitionsOfAsync(string db, string device) =>
        Sql.ColumnAsync<string>(db, """
            SELECT DISTINCT tableoid::regclass::text FROM telemetry_archive WHERE device_id = @device ORDER BY 1
            """, ("device", device));
}
