namespace Monitoring.Persistence.Retention;

/// <summary>The retention statements: each removes at most one partition or one chunk of rows.</summary>
internal static class RetentionSql
{
    public const string DropOldestPartition = "SELECT drop_oldest_telemetry_partition($1)";

    // Rows of days that never had a partition (they landed in the default one).
    public const string DeleteDefaultRows = """
        DELETE FROM telemetry_archive_default
        WHERE ts < $1 AND ctid = ANY (ARRAY(SELECT ctid FROM telemetry_archive_default WHERE ts < $1 LIMIT $2))
        """;

    // Each tenant's newest envelope stays whatever its age: its seq is where the tenant's numbering
    // resumes when its feed grain reactivates.
    public const string DeleteEvents = """
        DELETE FROM feed_events
        WHERE (tenant_id, seq) IN (
            SELECT f.tenant_id, f.seq FROM feed_events f
            WHERE f.at < $1
              AND f.seq < (SELECT max(m.seq) FROM feed_events m WHERE m.tenant_id = f.tenant_id)
            LIMIT $2)
        """;

    /// <summary>The history tables; each row has a <c>closed_at</c>, null while the item is open.</summary>
    public static readonly string[] HistoryTables = ["alerts", "incidents", "tickets"];

    // The outer condition is checked again on a row changed meanwhile (a reopened item keeps its row).
    public static string DeleteClosed(string table) => $"""
        DELETE FROM {table}
        WHERE closed_at < $1 AND (tenant_id, id) IN (SELECT tenant_id, id FROM {table} WHERE closed_at < $1 LIMIT $2)
        """;

    // The audit log: rows are only ever inserted, so a row older than the cutoff stays old.
    public const string DeleteAudit = """
        DELETE FROM audit_log
        WHERE audit_id IN (SELECT audit_id FROM audit_log WHERE at < $1 LIMIT $2)
        """;

    // Settled deliveries only (sent or dead); a pending or failed row is still to be tried, and a
    // leased one is being tried. The outer condition is checked again on a row changed meanwhile.
    public const string DeleteSettledDeliveries = """
        DELETE FROM notification_outbox
        WHERE status IN ('sent', 'dead') AND lease_id IS NULL AND updated_at < $1
          AND delivery_id IN (
            SELECT delivery_id FROM notification_outbox
            WHERE status IN ('sent', 'dead') AND lease_id IS NULL AND updated_at < $1
            LIMIT $2)
        """;
}
