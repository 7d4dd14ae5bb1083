-- The audit log of admin and configuration changes: who, what, the resource before and after (as its
-- GET showed it), and when (the monitoring clock). audit_id orders the log: the clock may be moved
-- back in a replay, the identity never is. Rows are only ever inserted.

CREATE TABLE IF NOT EXISTS audit_log
(
    audit_id    int8        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   text        COLLATE "C" NOT NULL,
    at          timestamptz NOT NULL,
    actor       text        NOT NULL,
    key_id      text        NULL,
    subject     text        NULL,
    method      text        NOT NULL,
    resource    text        NOT NULL,
    resource_id text        NULL,
    path        text        NOT NULL,
    status      int4        NOT NULL,
    -- json, not jsonb: the documents stay exactly as the API wrote them.
    before      json        NULL,
    after       json        NULL
);

CREATE INDEX IF NOT EXISTS audit_log_tenant ON audit_log (tenant_id, audit_id DESC);
CREATE INDEX IF NOT EXISTS audit_log_resource ON audit_log (tenant_id, resource, audit_id DESC);
