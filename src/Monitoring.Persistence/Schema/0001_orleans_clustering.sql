-- Orleans ADO.NET clustering on PostgreSQL: the query table, the membership tables and the
-- statements the provider looks up by key. Result columns are aliased to the names the provider
-- reads (PostgreSQL folds them to lower case; the provider's lookup ignores case).

CREATE TABLE IF NOT EXISTS orleansquery
(
    querykey  text NOT NULL PRIMARY KEY,
    querytext text NOT NULL
);

-- One row per cluster (DeploymentId = ClusterOptions.ClusterId); its version is the membership
-- table's etag: every insert or update of a member bumps it, and only if the caller saw the
-- current value.
CREATE TABLE IF NOT EXISTS orleans_membership_version
(
    deployment_id text        NOT NULL PRIMARY KEY,
    changed_at    timestamptz NOT NULL DEFAULT now(),
    version       int4        NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS orleans_membership
(
    deployment_id   text        NOT NULL REFERENCES orleans_membership_version (deployment_id) ON DELETE CASCADE,
    address         text        NOT NULL,
    port            int4        NOT NULL,
    generation      int4        NOT NULL,
    silo_name       text        NOT NULL,
    host_name       text        NOT NULL,
    status          int4        NOT NULL,
    proxy_port      int4        NOT NULL DEFAULT 0,
    suspect_times   text        NULL,
    start_time      timestamptz NOT NULL,
    i_am_alive_time timestamptz NOT NULL,
    PRIMARY KEY (deployment_id, address, port, generation)
);

INSERT INTO orleansquery (querykey, querytext) VALUES
('InsertMembershipVersionKey', $q$
WITH inserted AS (
    INSERT INTO orleans_membership_version (deployment_id, changed_at, version)
    VALUES (@DeploymentId, now(), 0)
    ON CONFLICT (deployment_id) DO NOTHING
    RETURNING 1
)
SELECT count(*)::int4 FROM inserted;
$q$),

('MembershipReadAllKey', $q$
SELECT v.deployment_id  AS DeploymentId,
       m.address        AS Address,
       m.port           AS Port,
       m.generation     AS Generation,
       m.silo_name      AS SiloName,
       m.host_name      AS HostName,
       m.status         AS Status,
       m.proxy_port     AS ProxyPort,
       m.suspect_times  AS SuspectTimes,
       m.start_time     AS StartTime,
       m.i_am_alive_time AS IAmAliveTime,
       v.version        AS Version
FROM orleans_membership_version v
LEFT JOIN orleans_membership m ON m.deployment_id = v.deployment_id
WHERE v.deployment_id = @DeploymentId;
$q$),

('MembershipReadRowKey', $q$
SELECT v.deployment_id  AS DeploymentId,
       m.address        AS Address,
       m.port           AS Port,
       m.generation     AS Generation,
       m.silo_name      AS SiloName,
       m.host_name      AS HostName,
       m.status         AS Status,
       m.proxy_port     AS ProxyPort,
       m.suspect_times  AS SuspectTimes,
       m.start_time     AS StartTime,
       m.i_am_alive_time AS IAmAliveTime,
       v.version        AS Version
FROM orleans_membership_version v
LEFT JOIN orleans_membership m
       ON m.deployment_id = v.deployment_id
      AND m.address = @Address
      AND m.port = @Port
      AND m.generation = @Generation
WHERE v.deployment_id = @DeploymentId;
$q$),

-- The version row is locked first (FOR UPDATE re-checks the version after any concurrent writer
-- commits), the member is inserted only under that lock, and the version is bumped only if the
-- insert happened: either both change or neither does.
('InsertMembershipKey', $q$
WITH locked AS (
    SELECT deployment_id
    FROM orleans_membership_version
    WHERE deployment_id = @DeploymentId AND version = @Version
    FOR UPDATE
), inserted AS (
    INSERT INTO orleans_membership
        (deployment_id, address, port, generation, silo_name, host_name, status, proxy_port,
         suspect_times, start_time, i_am_alive_time)
    SELECT l.deployment_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort,
           NULL, @StartTime, @IAmAliveTime
    FROM locked l
    ON CONFLICT (deployment_id, address, port, generation) DO NOTHING
    RETURNING deployment_id
), bumped AS (
    UPDATE orleans_membership_version v
    SET version = v.version + 1, changed_at = now()
    FROM inserted i
    WHERE v.deployment_id = i.deployment_id
    RETURNING 1
)
SELECT count(*)::int4 FROM bumped;
$q$),

('UpdateMembershipKey', $q$
WITH locked AS (
    SELECT deployment_id
    FROM orleans_membership_version
    WHERE deployment_id = @DeploymentId AND version = @Version
    FOR UPDATE
), updated AS (
    UPDATE orleans_membership m
    SET status = @Status,
        suspect_times = CAST(@SuspectTimes AS text),
        i_am_alive_time = @IAmAliveTime
    FROM locked l
    WHERE m.deployment_id = l.deployment_id
      AND m.address = @Address
      AND m.port = @Port
      AND m.generation = @Generation
    RETURNING m.deployment_id
), bumped AS (
    UPDATE orleans_membership_version v
    SET version = v.version + 1, changed_at = now()
    FROM updated u
    WHERE v.deployment_id = u.deployment_id
    RETURNING 1
)
SELECT count(*)::int4 FROM bumped;
$q$),

('UpdateIAmAlivetimeKey', $q$
UPDATE orleans_membership
SET i_am_alive_time = @IAmAliveTime
WHERE deployment_id = @DeploymentId
  AND address = @Address
  AND port = @Port
  AND generation = @Generation;
$q$),

('GatewaysQueryKey', $q$
SELECT address    AS Address,
       proxy_port AS ProxyPort,
       generation AS Generation
FROM orleans_membership
WHERE deployment_id = @DeploymentId
  AND status = @Status
  AND proxy_port > 0;
$q$),

('DeleteMembershipTableEntriesKey', $q$
DELETE FROM orleans_membership_version
WHERE deployment_id = @DeploymentId;
$q$),

('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM orleans_membership
WHERE deployment_id = @DeploymentId
  AND i_am_alive_time < @IAmAliveTime
  AND status <> 3;
$q$),

-- Deletes one dead silo's row only if nothing changed since the provider read it.
('CleanupDefunctSiloEntryKey', $q$
DELETE FROM orleans_membership
WHERE deployment_id = @DeploymentId
  AND address = @Address
  AND port = @Port
  AND generation = @Generation
  AND status = 6
  AND suspect_times IS NOT DISTINCT FROM CAST(@SuspectTimes AS text)
  AND start_time = @StartTime
  AND i_am_alive_time = @IAmAliveTime;
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
