-- Every accepted telemetry event, partitioned by UTC day of the device timestamp. Events whose day
-- has no partition yet land in the DEFAULT partition; ensure_telemetry_partition moves them out when
-- it creates their day. Retention drops whole days with drop_telemetry_partitions_before.

CREATE TABLE IF NOT EXISTS telemetry_archive
(
    tenant_id      text        COLLATE "C" NOT NULL,
    device_id      text        COLLATE "C" NOT NULL,
    seq            int8        NOT NULL,
    ts             timestamptz NOT NULL,
    type           text        NOT NULL,
    guard_id       text        NULL,
    site_id        text        NULL,
    -- The event's own fields as typed columns (cheaper to COPY and to query than a JSON payload).
    battery        float8      NULL,
    charging       boolean     NULL,
    battery_temp_c float8      NULL,
    signal_dbm     float8      NULL,
    network        text        NULL,
    memory_pct     float8      NULL,
    lat            float8      NULL,
    lon            float8      NULL,
    accuracy_m     float8      NULL,
    steps          int4        NULL,
    success        boolean     NULL,
    checkpoint_id  text        NULL,
    task_id        text        NULL,
    received_at    timestamptz NOT NULL DEFAULT now()
) PARTITION BY RANGE (ts);

CREATE TABLE IF NOT EXISTS telemetry_archive_default PARTITION OF telemetry_archive DEFAULT;

-- One index does both jobs: unique per event (the partition key must be part of a unique index on a
-- partitioned table; a retried event keeps its device timestamp, so (tenant, device, ts, seq) still
-- catches every duplicate) and ordered for per-device time-range reads. Ids compare bytewise.
CREATE UNIQUE INDEX IF NOT EXISTS ux_telemetry_archive_event ON telemetry_archive (tenant_id, device_id, ts, seq);

-- Creates the partition of one UTC day if it does not exist yet; true if it created it.
CREATE OR REPLACE FUNCTION ensure_telemetry_partition(day date) RETURNS boolean
LANGUAGE plpgsql AS $fn$
DECLARE
    part_name text := format('telemetry_archive_p%s', to_char(day, 'YYYYMMDD'));
    lower_ts  timestamptz := day::timestamp AT TIME ZONE 'UTC';
    upper_ts  timestamptz := (day + 1)::timestamp AT TIME ZONE 'UTC';
BEGIN
    -- Serialises concurrent callers (several silos) for this table's partition maintenance.
    PERFORM pg_advisory_xact_lock(hashtext('telemetry_archive_partitions'));

    IF to_regclass(quote_ident(part_name)) IS NOT NULL THEN
        RETURN false;
    END IF;

    EXECUTE format('CREATE TABLE %I (LIKE telemetry_archive INCLUDING DEFAULTS)', part_name);
    -- Rows of that day already in the default partition would block the attach: move them first.
    EXECUTE format(
        'WITH moved AS (DELETE FROM telemetry_archive_default WHERE ts >= $1 AND ts < $2 RETURNING *) '
        'INSERT INTO %I SELECT * FROM moved', part_name)
        USING lower_ts, upper_ts;
    EXECUTE format('ALTER TABLE telemetry_archive ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)',
                   part_name, lower_ts, upper_ts);
    RETURN true;
END;
$fn$;

-- Drops every day partition that ends on or before the cutoff day (UTC) and deletes older rows
-- from the default partition; returns the number of partitions dropped.
CREATE OR REPLACE FUNCTION drop_telemetry_partitions_before(cutoff date) RETURNS integer
LANGUAGE plpgsql AS $fn$
DECLARE
    part    record;
    dropped integer := 0;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('telemetry_archive_partitions'));

    FOR part IN
        SELECT c.relname
        FROM pg_inherits i
        JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'telemetry_archive'::regclass
          AND c.relname ~ '^telemetry_archive_p[0-9]{8}$'
          AND to_date(substring(c.relname FROM '[0-9]{8}$'), 'YYYYMMDD') < cutoff
        ORDER BY c.relname
    LOOP
        EXECUTE format('DROP TABLE %I', part.relname);
        dropped := dropped + 1;
    END LOOP;

    DELETE FROM telemetry_archive_default WHERE ts < cutoff::timestamp AT TIME ZONE 'UTC';
    RETURN dropped;
END;
$fn$;
