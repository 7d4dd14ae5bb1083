using Monitoring.Integration.Tests.Cluster;
using Monitoring.Integration.Tests.Postgres;

namespace Monitoring.Integration.Tests.Production;

/// <summary>The host's retention service applies every retention setting on its first run.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RetentionServiceTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Host_Start_DropsExpiredTelemetryEventsAndHistoryAndKeepsTheRest()
    {
        var db = await postgres.CreateDatabaseAsync("retention_host");
        var now = DateTimeOffset.UtcNow;
        var oldDay = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-12);
        await Sql.ScalarAsync<bool>(db, "SELECT ensure_telemetry_partition(@day)", ("day", oldDay));
        await Sql.ScalarAsync<bool>(db, "SELECT ensure_telemetry_partition(@day)", ("day", DateOnly.FromDateTime(now.UtcDateTime)));
        await Sql.ExecuteAsync(db, "INSERT INTO feed_events (tenant_id, seq, type, at, data) VALUES " +
            "('t1', 1, 'x', @old, '{}'), ('t1', 2, 'x', @old, '{}'), ('t1', 3, 'x', @now, '{}')",
            ("old", now.AddDays(-8).UtcDateTime), ("now", now.UtcDateTime));
        await Sql.ExecuteAsync(db, "INSERT INTO alerts (tenant_id, id, site_id, type, severity, status, opened_at, updated_at, closed_at, doc) VALUES " +
            "('t1', 'old', 's1', 'x', 'high', 'resolved', @old, @old, @old, '{}'), " +
            "('t1', 'recent', 's1', 'x', 'high', 'resolved', @old, @recent, @recent, '{}'), " +
            "('t1', 'open', 's1', 'x', 'high', 'active', @old, @old, NULL, '{}')",
            ("old", now.AddDays(-40).UtcDateTime), ("recent", now.AddDays(-2).UtcDateTime));

        await using var host = await ProductionHost.StartAsync(db, T0,
            "--Monitoring:Retention:TelemetryDays=10", "--Monitoring:Retention:EventLogDays=7", "--Monitoring:Retention:HistoryDays=30");

        await Poll.UntilAsync("retention applied", TimeSpan.FromSeconds(30), async () =>
        {
            var partitions = await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM pg_inherits WHERE inhparent = 'telemetry_archive'::regclass");
            var events = await Sql.ColumnAsync<long>(db, "SELECT seq FROM feed_events WHERE tenant_id = 't1' ORDER BY seq");
            var alerts = await Sql.ColumnAsync<string>(db, "SELECT id FROM alerts WHERE tenant_id = 't1' ORDER BY id");
            var seen = $"{partitions} partitions (with the default), feed seqs [{string.Join(", ", events)}], alerts [{string.Join(", ", alerts)}]";
            return seen == "2 partitions (with the default), feed seqs [3], alerts [open, recent]" ? null : seen;
        });
    }
}
