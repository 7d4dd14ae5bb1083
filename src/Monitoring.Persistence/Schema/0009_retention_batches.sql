-- Retention in small steps. drop_telemetry_partitions_before (0005) dropped every expired day in one
-- transaction, holding the archive's exclusive lock until the last one was gone; it stays for silos
-- of older builds during a rolling upgrade, but this build drops one day per call and transaction.

-- Drops the oldest day partition that ends on or before the cutoff day (UTC); returns its name, or
-- null when no such partition is left.
CREATE OR REPLACE FUNCTION drop_oldest_telemetry_partition(cutoff date) RETURNS text
LANGUAGE plpgsql AS $fn$
DECLARE
    part_name text;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('telemetry_archive_partitions'));

    SELECT c.relname INTO part_name
    FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = 'telemetry_archive'::regclass
      AND c.relname ~ '^telemetry_archive_p[0-9]{8}$'
      AND to_date(substring(c.relname FROM '[0-9]{8}$'), 'YYYYMMDD') < cutoff
    ORDER BY c.relname
    LIMIT 1;

    IF part_name IS NULL THEN
        RETURN NULL;
    END IF;

    EXECUTE format('DROP TABLE %I', part_name);
    RETURN part_name;
END;
$fn$;

-- The event log is deleted by time in chunks. It is appended in time order, so a BRIN index finds
-- the old rows for next to nothing per insert.
CREATE INDEX IF NOT EXISTS ix_feed_events_at ON feed_events USING brin (at);

-- History rows go once their alert, incident or ticket has been closed long enough; open ones stay
-- whatever their age. Partial indexes: only closed rows are candidates.
CREATE INDEX IF NOT EXISTS ix_alerts_closed ON alerts (closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_incidents_closed ON incidents (closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_tickets_closed ON tickets (closed_at) WHERE closed_at IS NOT NULL;
