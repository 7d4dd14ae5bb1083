using Monitoring.Integration.Tests.Postgres;
using Monitoring.Persistence.Schema;
using Monitoring.Server.Hosting;

namespace Monitoring.Integration.Tests.Production;

/// <summary>The host's <c>migrate</c> verb: applies the schema once, then finds nothing to do; refuses without a database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class MigrateVerbTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Migrate_EmptyDatabase_AppliesEveryScriptThenNothing()
    {
        var db = await postgres.CreateEmptyDatabaseAsync("migrate_verb");

        Assert.Equal(0, await PostgresMode.MigrateAsync(["--ConnectionStrings:Postgres=" + db]));
        Assert.Equal(0, await PostgresMode.MigrateAsync(["--ConnectionStrings:Postgres=" + db]));

        var versions = await Sql.ColumnAsync<int>(db, "SELECT version FROM schema_versions ORDER BY version");
        Assert.Equal(SchemaMigrator.Scripts.Select(s => s.Version), versions);
    }

    [Fact]
    public async Task Migrate_NewerSchemaInDatabase_FailsAndAppliesNothing()
    {
        var db = await postgres.CreateDatabaseAsync("migrate_verb_newer");
        await Sql.ExecuteAsync(db, "INSERT INTO schema_versions (version, name) VALUES (9999, 'from the future')");

        Assert.Equal(1, await PostgresMode.MigrateAsync(["--ConnectionStrings:Postgres=" + db]));
        Assert.Equal(SchemaMigrator.Scripts.Count + 1, (int)await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM schema_versions"));
    }

    [Fact]
    public async Task Migrate_NoConnectionString_Fails()
    {
        Assert.Equal(1, await PostgresMode.MigrateAsync([]));
    }
}
