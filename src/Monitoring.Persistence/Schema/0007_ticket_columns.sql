-- Tickets are filed by category and ranked by priority (p1..p4), not by alert type and severity:
-- name the history columns after what the API shows.

ALTER TABLE tickets RENAME COLUMN type TO category;
ALTER TABLE tickets RENAME COLUMN severity TO priority;
CREATE INDEX IF NOT EXISTS ix_tickets_tenant_created ON tickets (tenant_id, opened_at DESC, id COLLATE "C" DESC);
