-- Orleans ADO.NET grain persistence on PostgreSQL. A row is keyed by the service, the state name
-- (GrainTypeString) and the grain key (N0, N1, extension); the hashes only narrow the index scan.
-- version is the etag: writes and clears succeed only against the version the grain last saw.

CREATE TABLE IF NOT EXISTS orleans_storage
(
    service_id          text        NOT NULL,
    grain_type_hash     int4        NOT NULL,
    grain_id_hash       int4        NOT NULL,
    grain_id_n0         int8        NOT NULL,
    grain_id_n1         int8        NOT NULL,
    grain_type          text        NOT NULL,
    grain_id_extension  text        NULL,
    payload             bytea       NULL,
    modified_on         timestamptz NOT NULL,
    version             int4        NOT NULL
);

-- NULLS NOT DISTINCT: a key without extension is still one row, so "insert if absent" holds.
CREATE UNIQUE INDEX IF NOT EXISTS ux_orleans_storage_key ON orleans_storage
    (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type, grain_id_extension)
    NULLS NOT DISTINCT;

INSERT INTO orleansquery (querykey, querytext) VALUES
('ReadFromStorageKey', $q$
SELECT payload AS PayloadBinary,
       version AS Version
FROM orleans_storage
WHERE service_id = @ServiceId
  AND grain_type_hash = @GrainTypeHash
  AND grain_id_hash = @GrainIdHash
  AND grain_id_n0 = @GrainIdN0
  AND grain_id_n1 = @GrainIdN1
  AND grain_type = @GrainTypeString
  AND grain_id_extension IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS text);
$q$),

-- With a version: update only that version and return version + 1, or the unchanged version
-- (a conflict). Without one: insert version 1 only if no row exists, else return NULL (a conflict).
('WriteToStorageKey', $q$
WITH updated AS (
    UPDATE orleans_storage
    SET payload = @PayloadBinary,
        modified_on = now(),
        version = version + 1
    WHERE CAST(@GrainStateVersion AS int4) IS NOT NULL
      AND version = CAST(@GrainStateVersion AS int4)
      AND service_id = @ServiceId
      AND grain_type_hash = @GrainTypeHash
      AND grain_id_hash = @GrainIdHash
      AND grain_id_n0 = @GrainIdN0
      AND grain_id_n1 = @GrainIdN1
      AND grain_type = @GrainTypeString
      AND grain_id_extension IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS text)
    RETURNING version
), inserted AS (
    INSERT INTO orleans_storage
        (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type,
         grain_id_extension, payload, modified_on, version)
    SELECT @ServiceId, @GrainTypeHash, @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeString,
           CAST(@GrainIdExtensionString AS text), @PayloadBinary, now(), 1
    WHERE CAST(@GrainStateVersion AS int4) IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version
)
SELECT COALESCE((SELECT version FROM updated),
                (SELECT version FROM inserted),
                CAST(@GrainStateVersion AS int4)) AS NewGrainStateVersion;
$q$),

-- Clearing keeps the row with a NULL payload and a new version; like a write it always returns one
-- value, the unchanged version (or NULL) meaning a conflict. Clearing a state that was never written
-- (no version) leaves an empty row at version 1, with the same insert-if-absent rule as a write.
('ClearStorageKey', $q$
WITH updated AS (
    UPDATE orleans_storage
    SET payload = NULL,
        modified_on = now(),
        version = version + 1
    WHERE CAST(@GrainStateVersion AS int4) IS NOT NULL
      AND version = CAST(@GrainStateVersion AS int4)
      AND service_id = @ServiceId
      AND grain_type_hash = @GrainTypeHash
      AND grain_id_hash = @GrainIdHash
      AND grain_id_n0 = @GrainIdN0
      AND grain_id_n1 = @GrainIdN1
      AND grain_type = @GrainTypeString
      AND grain_id_extension IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS text)
    RETURNING version
), inserted AS (
    INSERT INTO orleans_storage
        (service_id, grain_type_hash, grain_id_hash, grain_id_n0, grain_id_n1, grain_type,
         grain_id_extension, payload, modified_on, version)
    SELECT @ServiceId, @GrainTypeHash, @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeString,
           CAST(@GrainIdExtensionString AS text), NULL, now(), 1
    WHERE CAST(@GrainStateVersion AS int4) IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version
)
SELECT COALESCE((SELECT version FROM updated),
                (SELECT version FROM inserted),
                CAST(@GrainStateVersion AS int4)) AS NewGrainStateVersion;
$q$),

-- Used only with DeleteStateOnClear: removes the row at the version the grain saw and returns
-- version + 1, or the unchanged version (NULL without one) as a conflict.
('DeleteStorageKey', $q$
WITH deleted AS (
    DELETE FROM orleans_storage
    WHERE CAST(@GrainStateVersion AS int4) IS NOT NULL
      AND version = CAST(@GrainStateVersion AS int4)
      AND service_id = @ServiceId
      AND grain_type_hash = @GrainTypeHash
      AND grain_id_hash = @GrainIdHash
      AND grain_id_n0 = @GrainIdN0
      AND grain_id_n1 = @GrainIdN1
      AND grain_type = @GrainTypeString
      AND grain_id_extension IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS text)
    RETURNING version
)
SELECT COALESCE((SELECT version + 1 FROM deleted), CAST(@GrainStateVersion AS int4)) AS NewGrainStateVersion;
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
