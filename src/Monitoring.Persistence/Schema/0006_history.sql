-- Searchable history of alerts, incidents and tickets: the queryable columns plus the full wire
-- object in doc, upserted on every change. Ids are keyed within their tenant, like every grain key.

CREATE TABLE IF NOT EXISTS alerts
(
    tenant_id  text        NOT NULL,
    id         text        NOT NULL,
    site_id    text        NOT NULL,
    guard_id   text        NULL,
    device_id  text        NULL,
    type       text        NOT NULL,
    severity   text        NOT NULL,
    status     text        NOT NULL,
    opened_at  timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    closed_at  timestamptz NULL,
    doc        jsonb       NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE INDEX IF NOT EXISTS ix_alerts_tenant_status_opened ON alerts (tenant_id, status, opened_at DESC);
CREATE INDEX IF NOT EXISTS ix_alerts_tenant_opened ON alerts (tenant_id, opened_at DESC, id);
CREATE INDEX IF NOT EXISTS ix_alerts_tenant_site ON alerts (tenant_id, site_id);
CREATE INDEX IF NOT EXISTS ix_alerts_tenant_guard ON alerts (tenant_id, guard_id) WHERE guard_id IS NOT NULL;

CREATE TABLE IF NOT EXISTS incidents
(
    tenant_id  text        NOT NULL,
    id         text        NOT NULL,
    site_id    text        NOT NULL,
    guard_id   text        NULL,
    type       text        NULL,
    severity   text        NOT NULL,
    status     text        NOT NULL,
    opened_at  timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    closed_at  timestamptz NULL,
    doc        jsonb       NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE INDEX IF NOT EXISTS ix_incidents_tenant_status_opened ON incidents (tenant_id, status, opened_at DESC);
CREATE INDEX IF NOT EXISTS ix_incidents_tenant_opened ON incidents (tenant_id, opened_at DESC, id);
CREATE INDEX IF NOT EXISTS ix_incidents_tenant_site ON incidents (tenant_id, site_id);

CREATE TABLE IF NOT EXISTS tickets
(
    tenant_id  text        NOT NULL,
    id         text        NOT NULL,
    site_id    text        NULL,
    guard_id   text        NULL,
    type       text        NOT NULL,
    severity   text        NOT NULL,
    status     text        NOT NULL,
    opened_at  timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    due_at     timestamptz NULL,
    closed_at  timestamptz NULL,
    doc        jsonb       NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE INDEX IF NOT EXISTS ix_tickets_tenant_status_opened ON tickets (tenant_id, status, opened_at DESC);
CREATE INDEX IF NOT EXISTS ix_tickets_tenant_opened ON tickets (tenant_id, opened_at DESC, id);
CREATE INDEX IF NOT EXISTS ix_tickets_tenant_site ON tickets (tenant_id, site_id);
