-- The audit event log: every feed envelope, in each tenant's sequence order. Written at the rate of
-- the live feed (up to about one row per ingested event), so it carries the primary key only: it is
-- read by (tenant, seq), and ids are compared bytewise (COLLATE "C").

CREATE TABLE IF NOT EXISTS feed_events
(
    tenant_id text        COLLATE "C" NOT NULL,
    seq       int8        NOT NULL,
    type      text        NOT NULL,
    site_id   text        NULL,
    guard_id  text        NULL,
    at        timestamptz NOT NULL,
    -- text, not jsonb: the envelope's data is replayed exactly as it was sent (same key order), and
    -- the server does not parse it on the hot path.
    data      text        NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);

