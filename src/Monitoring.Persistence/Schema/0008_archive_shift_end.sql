-- A shift_start may say when the shift is planned to end (battery_shift_risk compares the battery
-- forecast with it): the archive keeps it like every other accepted field. Adding a nullable column
-- to the partitioned parent reaches every day's partition without rewriting rows.

ALTER TABLE telemetry_archive ADD COLUMN IF NOT EXISTS shift_ends_at timestamptz NULL;
