-- The audit event log: every feed envelope, in each tenant's sequence order.

CREATE TABLE IF NOT EXISTS feed_events
(
    tenant_id text        NOT NULL,
    seq       int8        NOT NULL,
    type      text        NOT NULL,
    site_id   text        NULL,
    guard_id  text        NULL,
    at        timestamptz NOT NULL,
    -- json, not jsonb: the envelope's data is replayed exactly as it was sent (same key order).
    data      json        NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);

CREATE INDEX IF NOT EXISTS ix_feed_events_tenant_at ON feed_events (tenant_id, at DESC);
CREATE INDEX IF NOT EXISTS ix_feed_events_tenant_site ON feed_events (tenant_id, site_id, seq DESC) WHERE site_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_feed_events_tenant_guard ON feed_events (tenant_id, guard_id, seq DESC) WHERE guard_id IS NOT NULL;
