-- Orleans ADO.NET reminders on PostgreSQL. GrainHash is the grain id's uniform hash sent as a
-- signed int; range reads compare it as signed, as the provider does when it picks the query.

CREATE TABLE IF NOT EXISTS orleans_reminders
(
    service_id    text        NOT NULL,
    grain_id      text        NOT NULL,
    reminder_name text        NOT NULL,
    start_time    timestamptz NOT NULL,
    period        int8        NOT NULL,
    grain_hash    int4        NOT NULL,
    version       int4        NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);

CREATE INDEX IF NOT EXISTS ix_orleans_reminders_hash ON orleans_reminders (service_id, grain_hash);

INSERT INTO orleansquery (querykey, querytext) VALUES
('ReadReminderRowsKey', $q$
SELECT grain_id      AS GrainId,
       reminder_name AS ReminderName,
       start_time    AS StartTime,
       period        AS Period,
       version       AS Version
FROM orleans_reminders
WHERE service_id = @ServiceId
  AND grain_id = @GrainId;
$q$),

('ReadReminderRowKey', $q$
SELECT grain_id      AS GrainId,
       reminder_name AS ReminderName,
       start_time    AS StartTime,
       period        AS Period,
       version       AS Version
FROM orleans_reminders
WHERE service_id = @ServiceId
  AND grain_id = @GrainId
  AND reminder_name = @ReminderName;
$q$),

-- The ring range (BeginHash, EndHash] that does not wrap in signed order.
('ReadRangeRows1Key', $q$
SELECT grain_id      AS GrainId,
       reminder_name AS ReminderName,
       start_time    AS StartTime,
       period        AS Period,
       version       AS Version
FROM orleans_reminders
WHERE service_id = @ServiceId
  AND grain_hash > @BeginHash
  AND grain_hash <= @EndHash;
$q$),

-- The range that wraps past the end of the ring (also Begin = End: the whole ring).
('ReadRangeRows2Key', $q$
SELECT grain_id      AS GrainId,
       reminder_name AS ReminderName,
       start_time    AS StartTime,
       period        AS Period,
       version       AS Version
FROM orleans_reminders
WHERE service_id = @ServiceId
  AND (grain_hash > @BeginHash OR grain_hash <= @EndHash);
$q$),

('UpsertReminderRowKey', $q$
INSERT INTO orleans_reminders
    (service_id, grain_id, reminder_name, start_time, period, grain_hash, version)
VALUES
    (@ServiceId, @GrainId, @ReminderName, @StartTime, CAST(@Period AS int8), @GrainHash, 0)
ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
SET start_time = EXCLUDED.start_time,
    period = EXCLUDED.period,
    grain_hash = EXCLUDED.grain_hash,
    version = orleans_reminders.version + 1
RETURNING version AS Version;
$q$),

('DeleteReminderRowKey', $q$
WITH deleted AS (
    DELETE FROM orleans_reminders
    WHERE service_id = @ServiceId
      AND grain_id = @GrainId
      AND reminder_name = @ReminderName
      AND version = @Version
    RETURNING 1
)
SELECT count(*)::int4 FROM deleted;
$q$),

('DeleteReminderRowsKey', $q$
DELETE FROM orleans_reminders
WHERE service_id = @ServiceId;
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
