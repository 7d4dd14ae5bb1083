namespace Monitoring.Persistence.Notifications;

/// <summary>The outbox's statements (<c>notification_outbox</c>, schema 0010).</summary>
internal static class OutboxSql
{
    /// <summary>The columns <see cref="OutboxRows.ReadLeased"/> reads, in order.</summary>
    public const string RowColumns = "message, secret, status, attempts, last_error, updated_at, sent_at";

    public const string Insert = """
        INSERT INTO notification_outbox
            (delivery_id, idempotency_key, tenant_id, site_id, contact_id, alert_ids, status,
             created_at, updated_at, next_attempt_at, message, secret)
        VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $7, '-infinity', $8, $9)
        ON CONFLICT DO NOTHING
        """;

    // The inner SELECT takes the due rows nobody else holds (SKIP LOCKED): two workers leasing at
    // once get disjoint batches; the lease written here keeps the rows from the next poll's batch.
    public const string Lease = $"""
        UPDATE notification_outbox o SET lease_id = $1, lease_until = $2
        FROM (SELECT delivery_id FROM notification_outbox
              WHERE status IN ('pending', 'failed') AND next_attempt_at <= $3
                AND (lease_until IS NULL OR lease_until <= $3)
              ORDER BY next_attempt_at
              LIMIT $4
              FOR UPDATE SKIP LOCKED) due
        WHERE o.delivery_id = due.delivery_id
        RETURNING {RowColumns}
        """;

    public const string Record = $"""
        UPDATE notification_outbox SET
            status = $3, attempts = attempts + 1, last_error = coalesce($4, last_error), updated_at = $5,
            sent_at = CASE WHEN $3 = 'sent' THEN $5 ELSE sent_at END,
            next_attempt_at = coalesce($6, next_attempt_at), lease_id = NULL, lease_until = NULL
        WHERE delivery_id = $1 AND lease_id = $2 AND status IN ('pending', 'failed')
        RETURNING {RowColumns}
        """;

    public const string Get = $"SELECT {RowColumns} FROM notification_outbox WHERE tenant_id = $1 AND delivery_id = $2";

    /// <summary>The log query; the filters are appended by <see cref="PostgresNotificationOutbox"/>.</summary>
    public const string QueryHead = $"SELECT {RowColumns}, created_at, delivery_id FROM notification_outbox WHERE tenant_id = $1";

    public const string QueryTail = " ORDER BY created_at DESC, delivery_id DESC LIMIT $2";

    // For each alert of $2 its $3 newest deliveries (the GIN index on alert_ids answers each), and a
    // delivery about several of those alerts once.
    public const string ByAlerts = $"""
        SELECT DISTINCT ON (d.delivery_id) d.*
        FROM unnest($2::text[]) AS a(alert_id)
        CROSS JOIN LATERAL (
            SELECT {RowColumns}, created_at, delivery_id FROM notification_outbox
            WHERE tenant_id = $1 AND alert_ids @> ARRAY[a.alert_id]
            ORDER BY created_at DESC, delivery_id DESC
            LIMIT $3) d
        ORDER BY d.delivery_id
        """;
}
