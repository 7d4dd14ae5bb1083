using Monitoring.Integration.Tests.Postgres;
using Monitoring.Persistence;
using Monitoring.Persistence.Schema;

namespace Monitoring.Integration.Tests.Persistence;

/// <summary>The migrator against fresh databases: once-only, concurrent-safe, refusing a newer schema.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SchemaMigratorTests(PostgresFixture postgres)
{
    private static readonly string[] OrleansQueryKeys =
    [
        "InsertMembershipVersionKey", "MembershipReadAllKey", "MembershipReadRowKey", "InsertMembershipKey",
        "UpdateMembershipKey", "UpdateIAmAlivetimeKey", "GatewaysQueryKey", "DeleteMembershipTableEntriesKey",
        "CleanupDefunctSiloEntriesKey", "CleanupDefunctSiloEntryKey",
        "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
        "UpsertReminderRowKey", "DeleteReminderRowKey", "DeleteReminderRowsKey",
        "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey", "DeleteStorageKey",
        "QueueStreamMessageKey", "GetStreamMessagesKey", "ConfirmStreamMessagesKey", "FailStreamMessageKey",
        "EvictStreamMessagesKey", "EvictStreamDeadLettersKey",
    ];

    [Fact]
    public void Scripts_AsEmbedded_AreNumberedFromOneWithoutGaps()
    {
        Assert.Equal(Enumerable.Range(1, SchemaMigrator.Scripts.Count), SchemaMigrator.Scripts.Select(s => s.Version));
        Assert.Equal(SchemaMigrator.Scripts.Count, SchemaMigrator.LatestVersion);
    }

    [Fact]
    public async Task Migrate_EmptyDatabase_AppliesEveryScriptInOrder()
    {
        var db = await postgres.CreateEmptyDatabaseAsync("migrate_empty");

        var applied = await MigrateAsync(db);

        Assert.Equal(SchemaMigrator.Scripts, applied);
        Assert.Equal(
            SchemaMigrator.Scripts.Select(s => s.Version),
            await Sql.ColumnAsync<int>(db, "SELECT version FROM schema_versions ORDER BY version"));
        Assert.Equal(
            OrleansQueryKeys.Order(StringComparer.Ordinal),
            await Sql.ColumnAsync<string>(db, "SELECT querykey FROM orleansquery ORDER BY querykey COLLATE \"C\""));
        foreach (var table in new[] { "feed_events", "telemetry_archive", "alerts", "incidents", "tickets", "orleans_storage" })
        {
            Assert.True(await Sql.ScalarAsync<bool>(db, "SELECT to_regclass(@t) IS NOT NULL", ("t", table)), table);
        }
    }

    [Fact]
    public async Task Migrate_SecondRun_AppliesNothing()
    {
        var db = await postgres.CreateEmptyDatabaseAsync("migrate_twice");
        await MigrateAsync(db);

        var second = await MigrateAsync(db);

        Assert.Empty(second);
        Assert.Equal(SchemaMigrator.Scripts.Count, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM schema_versions"));
    }

    [Fact]
    public async Task Migrate_TwoMigratorsAtOnce_ApplyEachScriptOnce()
    {
        var db = await postgres.CreateEmptyDatabaseAsync("migrate_race");

        var results = await Task.WhenAll(Task.Run(() => MigrateAsync(db)), Task.Run(() => MigrateAsync(db)));

        Assert.Equal(SchemaMigrator.Scripts, results.SelectMany(r => r).OrderBy(s => s.Version));
        Assert.Contains(results, r => r.Count == 0);
        Assert.Equal(SchemaMigrator.Scripts.Count, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM schema_versions"));
    }

    [Fact]
    public async Task Migrate_DatabaseRecordsNewerVersion_ThrowsNamingBothVersionsAndAppliesNothing()
    {
        var db = await postgres.CreateEmptyDatabaseAsync("migrate_newer");
        await Sql.ExecuteAsync(db, """
            CREATE TABLE schema_versions (version int4 PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
            INSERT INTO schema_versions (version, name) VALUES (9999, 'from_the_future');
            """);

        var error = await Assert.ThrowsAsync<SchemaTooNewException>(() => MigrateAsync(db));

        Assert.Equal(9999, error.DatabaseVersion);
        Assert.Equal(SchemaMigrator.LatestVersion, error.NewestKnownVersion);
        Assert.Contains("9999", error.Message, StringComparison.Ordinal);
        Assert.Contains($"version {SchemaMigrator.LatestVersion}", error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM schema_versions"));
        Assert.False(await Sql.ScalarAsync<bool>(db, "SELECT to_regclass('orleansquery') IS NOT NULL"));
    }

    private static async Task<IReadOnlyList<SchemaScript>> MigrateAsync(string connectionString)
    {
        await using var dataSource = PostgresStore.Create(connectionString);
        return await new SchemaMigrator(dataSource).MigrateAsync();
    }
}
