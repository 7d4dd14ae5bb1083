using Monitoring.Integration.Tests.Cluster;
using Monitoring.Integration.Tests.Postgres;

namespace Monitoring.Integration.Tests.Production;

/// <summary>The host's retention service applies every retention setting on its first run, the audit and delivery logs included.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RetentionServiceTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Host_Start_DropsExpiredTelemetryEventsHistoryAuditAndDeliveriesAndKeepsTheRest()
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

        // The audit and delivery logs age by the monitoring clock, which the first run may read
        // before or after the host is moved to T0: old rows are old and recent rows recent by both.
        await Sql.ExecuteAsync(db, "INSERT INTO audit_log (tenant_id, at, actor, method, resource, path, status) VALUES " +
            "('t1', @old, 'op', 'PUT', 'sites', '/api/v1/sites/s1', 200), ('t1', @recent, 'op', 'PUT', 'sites', '/api/v1/sites/s1', 200)",
            ("old", T0.AddDays(-40).UtcDateTime), ("recent", now.AddDays(-2).UtcDateTime));
        await Sql.ExecuteAsync(db, "INSERT INTO notification_outbox (delivery_id, idempotency_key, tenant_id, site_id, contact_id, alert_ids, " +
            "status, created_at, updated_at, next_attempt_at, message) VALUES " +
            "('dlv_sent_old', 'k1', 't1', 's1', 'c1', '{a1}', 'sent', @old, @old, @old, '{}'), " +
            "('dlv_dead_old', 'k2', 't1', 's1', 'c1', '{a1}', 'dead', @old, @old, @old, '{}'), " +
            "('dlv_failed_old', 'k3', 't1', 's1', 'c1', '{a1}', 'failed', @old, @old, 'infinity', '{}'), " +
            "('dlv_sent_recent', 'k4', 't1', 's1', 'c1', '{a1}', 'sent', @old, @recent, @old, '{}')",
            ("old", T0.AddDays(-10).UtcDateTime), ("recent", now.AddDays(-1).UtcDateTime));

        await using var host = await ProductionHost.StartAsync(db, T0,
            "--Monitoring:Retention:TelemetryDays=10", "--Monitoring:Retention:EventLogDays=7", "--Monitoring:Retention:HistoryDays=30",
            "--Monitoring:Retention:AuditDays=30", "--Monitoring:Retention:NotificationDays=7");

        await Poll.UntilAsync("retention applied", TimeSpan.FromSeconds(30), async () =>
        {
            var partitions = await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM pg_inherits WHERE inhparent = 'telemetry_archive'::regclass");
            var events = await Sql.ColumnAsync<long>(db, "SELECT seq FROM feed_events WHERE tenant_id = 't1' ORDER BY seq");
            var alerts = await Sql.ColumnAsync<string>(db, "SELECT id FROM alerts WHERE tenant_id = 't1' ORDER BY id");
            // Moving the clock is audited too: only the rows inserted here count.
            var audit = await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM audit_log WHERE actor = 'op'");
            var deliveries = await Sql.ColumnAsync<string>(db, "SELECT delivery_id FROM notification_outbox ORDER BY 1");
            var seen = $"{partitions} partitions (with the default), feed seqs [{string.Join(", ", events)}], alerts [{string.Join(", ", alerts)}], " +
                $"{audit} audit, deliveries [{string.Join(", ", deliveries)}]";
            return seen == "2 partitions (with the default), feed seqs [3], alerts [open, recent], 1 audit, deliveries [dlv_failed_old, dlv_sent_recent]"
                ? null : seen;
        });
    }
}
