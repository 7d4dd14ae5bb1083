using Microsoft.Extensions.Logging.Abstractions;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Telemetry;
using Monitoring.Integration.Tests.Postgres;
using Monitoring.Persistence;
using Monitoring.Persistence.Archive;
using Npgsql;

namespace Monitoring.Integration.Tests.Persistence;

/// <summary>
/// The archive's group commit on a real server: a batch PostgreSQL refuses fails alone, the others
/// of its group commit; repeats come back flagged, so only new events reach the grains; rows a
/// failed batch added can be taken back; a full queue refuses at once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ArchiveGroupCommitTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset Day = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task WriteAsync_OneBatchRefusedInAGroup_OnlyThatBatchFails()
    {
        var db = await postgres.CreateDatabaseAsync("archive_isolation");
        await using var source = PostgresStore.Create(db);
        await using var archive = new TelemetryArchive(source, NullLogger<TelemetryArchive>.Instance, writers: 1);

        // The writer's first commit waits on the partition lock held here, so every later batch
        // queues up behind it and they are committed as one group once the lock goes.
        await using var holder = await source.OpenConnectionAsync();
        await using var tx = await HoldPartitionLockAsync(holder);

        var first = archive.WriteAsync("t1", [Event("lead", 1)]);
        await WaitUntilWaitingOnLockAsync(source);
        var clean = Enumerable.Range(0, 20).Select(i => archive.WriteAsync("t2", [Event($"d{i}", 1), Event($"d{i}", 2)])).ToList();
        var refused = archive.WriteAsync("t3", [Event("bad", 1) with { Network = "lte\0" }]);
        var commitsBefore = archive.Totals.Commits;
        await tx.CommitAsync();

        await first;
        await Task.WhenAll(clean);
        await Assert.ThrowsAnyAsync<PostgresException>(() => refused);
        Assert.Equal(40L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM telemetry_archive WHERE tenant_id = 't2'"));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM telemetry_archive WHERE tenant_id = 't3'"));
        Assert.True(archive.Totals.Commits - commitsBefore >= 2, "the refused group was committed again batch by batch");
    }

    [Fact]
    public async Task WriteAsync_RepeatsInTheBatch_FlagsOnlyTheNewEvents()
    {
        var db = await postgres.CreateDatabaseAsync("archive_flags");
        await using var source = PostgresStore.Create(db);
        await using var archive = new TelemetryArchive(source, NullLogger<TelemetryArchive>.Instance, writers: 1);
        var ts = Day.AddTicks(1234567);

        Assert.Null(await archive.WriteAsync("t1", [Event("d1", 1, ts), Event("d1", 2, ts)]));
        var flags = await archive.WriteAsync("t1", [Event("d1", 2, ts), Event("d1", 3, ts), Event("d1", 1, ts)]);

        Assert.Equal([false, true, false], Assert.IsType<bool[]>(flags));
        Assert.Equal(3L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM telemetry_archive WHERE tenant_id = 't1'"));
    }

    [Fact]
    public async Task RemoveAsync_RowsOfAFailedBatch_TakenBackOthersKept()
    {
        var db = await postgres.CreateDatabaseAsync("archive_remove");
        await using var source = PostgresStore.Create(db);
        await using var archive = new TelemetryArchive(source, NullLogger<TelemetryArchive>.Instance, writers: 1);
        var ts = Day.AddTicks(9);
        await archive.WriteAsync("t1", [Event("d1", 1, ts), Event("d1", 2, ts), Event("d1", 3, ts)]);

        await archive.RemoveAsync("t1", [Event("d1", 2, ts), Event("d1", 3, ts)]);

        Assert.Equal([1L], await Sql.ColumnAsync<long>(db, "SELECT seq FROM telemetry_archive WHERE tenant_id = 't1'"));
        Assert.Null(await archive.WriteAsync("t1", [Event("d1", 2, ts)]));
    }

    [Fact]
    public async Task WriteAsync_QueueFull_RefusedAtOnce()
    {
        var db = await postgres.CreateDatabaseAsync("archive_full");
        await using var source = PostgresStore.Create(db);
        await using var archive = new TelemetryArchive(source, NullLogger<TelemetryArchive>.Instance, writers: 1, maxQueuedRows: 5);
        await using var holder = await source.OpenConnectionAsync();
        await using var tx = await HoldPartitionLockAsync(holder);

        var waiting = archive.WriteAsync("t1", [Event("d1", 1)]);
        await WaitUntilWaitingOnLockAsync(source);
        var queued = archive.WriteAsync("t1", [.. Enumerable.Range(2, 5).Select(s => Event("d1", s))]);

        Assert.True(archive.IsSaturated);
        await Assert.ThrowsAsync<ArchiveFullException>(() => archive.WriteAsync("t1", [Event("d2", 1)]));
        await tx.CommitAsync();
        await Task.WhenAll(waiting, queued);
        Assert.False(archive.IsSaturated);
    }

    private static TelemetryEvent Event(string device, long seq, DateTimeOffset? ts = null) => new()
    {
        DeviceId = device,
        Seq = seq,
        Ts = ts ?? Day,
        Type = EventType.Heartbeat,
        Battery = 80,
        Network = "lte",
    };

    /// <summary>Takes the archive's partition lock in a transaction the caller ends: the writer's next new day waits on it.</summary>
    private static async Task<NpgsqlTransaction> HoldPartitionLockAsync(NpgsqlConnection holder)
    {
        var tx = await holder.BeginTransactionAsync();
        await using var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('telemetry_archive_partitions'))", holder, tx);
        await take.ExecuteNonQueryAsync();
        return tx;
    }

    private static async Task WaitUntilWaitingOnLockAsync(NpgsqlDataSource source)
    {
        for (var i = 0; i < 600; i++)
        {
            await using var probe = source.CreateCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%ensure_telemetry_partition%'");
            if ((long)(await probe.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("The archive writer never waited on the partition lock.");
    }
}
