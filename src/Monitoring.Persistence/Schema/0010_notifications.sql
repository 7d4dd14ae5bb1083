-- The notification outbox and delivery log: one row per message to one contact on one channel.
-- A message is stored once per idempotency key (the notifier may queue the same flush again); the
-- delivery workers of every silo lease due rows with FOR UPDATE SKIP LOCKED, so a row is tried by one
-- worker at a time, and a lease that lapses (its silo died) makes the row due again.
-- next_attempt_at and lease_until are real time (receivers recover in real seconds); created_at,
-- updated_at and sent_at are the monitoring clock's, as the log shows them.

CREATE TABLE IF NOT EXISTS notification_outbox
(
    delivery_id     text        COLLATE "C" NOT NULL PRIMARY KEY,
    idempotency_key text        COLLATE "C" NOT NULL,
    tenant_id       text        COLLATE "C" NOT NULL,
    site_id         text        COLLATE "C" NOT NULL,
    contact_id      text        COLLATE "C" NOT NULL,
    alert_ids       text[]      NOT NULL,
    status          text        NOT NULL,
    attempts        int4        NOT NULL DEFAULT 0,
    last_error      text        NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    sent_at         timestamptz NULL,
    next_attempt_at timestamptz NOT NULL,
    lease_id        uuid        NULL,
    lease_until     timestamptz NULL,
    -- The message as queued (wire JSON, the channel's secret left out) and the secret on its own, so
    -- that the JSON never carries it.
    message         text        NOT NULL,
    secret          text        NULL,
    CONSTRAINT notification_outbox_key UNIQUE (idempotency_key)
);

-- The workers' question: what is due? Only open rows are indexed, so the index stays small.
CREATE INDEX IF NOT EXISTS notification_outbox_due
    ON notification_outbox (next_attempt_at)
    WHERE status IN ('pending', 'failed');

-- The log, newest first per tenant, and its filters.
CREATE INDEX IF NOT EXISTS notification_outbox_log
    ON notification_outbox (tenant_id, created_at DESC, delivery_id DESC);
CREATE INDEX IF NOT EXISTS notification_outbox_contact
    ON notification_outbox (tenant_id, contact_id, created_at DESC, delivery_id DESC);
CREATE INDEX IF NOT EXISTS notification_outbox_status
    ON notification_outbox (tenant_id, status, created_at DESC, delivery_id DESC);
CREATE INDEX IF NOT EXISTS notification_outbox_alerts
    ON notification_outbox USING gin (alert_ids);
