-- Orleans ADO.NET streams (Microsoft.Orleans.Streaming.AdoNet) on PostgreSQL: the durable queue
-- behind the site signal streams (docs/correlation.md). The provider only knows the six query keys
-- below, the parameters it binds (@ServiceId, @ProviderId, @QueueId, ...) and the result columns it
-- reads by name (ServiceId, ProviderId, QueueId, MessageId, Dequeued, VisibleOn, ExpiresOn,
-- CreatedOn, ModifiedOn, Payload); the tables and functions are ours.
--
-- A message lives in orleans_stream_messages from its enqueue until a receiver confirms it
-- (deleted) or gives up on it (moved to orleans_stream_dead_letters). "dequeued" counts the
-- deliveries and doubles as the receipt: a confirmation or a release only applies to the delivery
-- it names, so a receiver that lost the message to another one cannot touch it.

CREATE SEQUENCE IF NOT EXISTS orleans_stream_message_ids AS int8;

CREATE TABLE IF NOT EXISTS orleans_stream_messages
(
    service_id  text        NOT NULL,
    provider_id text        NOT NULL,
    queue_id    text        NOT NULL,
    message_id  int8        NOT NULL,
    dequeued    int4        NOT NULL DEFAULT 0,
    visible_on  timestamptz NOT NULL,
    expires_on  timestamptz NOT NULL,
    created_on  timestamptz NOT NULL,
    modified_on timestamptz NOT NULL,
    payload     bytea       NOT NULL,
    PRIMARY KEY (service_id, provider_id, queue_id, message_id)
);

CREATE TABLE IF NOT EXISTS orleans_stream_dead_letters
(
    service_id  text        NOT NULL,
    provider_id text        NOT NULL,
    queue_id    text        NOT NULL,
    message_id  int8        NOT NULL,
    dequeued    int4        NOT NULL,
    visible_on  timestamptz NOT NULL,
    expires_on  timestamptz NOT NULL,
    created_on  timestamptz NOT NULL,
    modified_on timestamptz NOT NULL,
    dead_on     timestamptz NOT NULL,
    remove_on   timestamptz NOT NULL,
    payload     bytea,
    PRIMARY KEY (service_id, provider_id, queue_id, message_id)
);

-- When each queue's housekeeping (eviction of spent messages and old dead letters) is next due.
-- Whichever receiver polls first after that time moves it on and does the work.
CREATE TABLE IF NOT EXISTS orleans_stream_queues
(
    service_id  text        NOT NULL,
    provider_id text        NOT NULL,
    queue_id    text        NOT NULL,
    evict_on    timestamptz NOT NULL,
    PRIMARY KEY (service_id, provider_id, queue_id)
);

-- Moves up to batch_size messages that can no longer be delivered (delivered max_attempts times
-- and not confirmed, or past their expiry) to the dead letters, kept there for removal_seconds.
CREATE OR REPLACE FUNCTION orleans_stream_evict_messages(
    p_service text, p_provider text, p_queue text, batch_size int4, max_attempts int4, removal_seconds int4)
RETURNS int4
LANGUAGE plpgsql AS $fn$
DECLARE
    moved int4;
BEGIN
    WITH spent AS (
        DELETE FROM orleans_stream_messages AS m
        WHERE (m.service_id, m.provider_id, m.queue_id, m.message_id) IN (
            SELECT s.service_id, s.provider_id, s.queue_id, s.message_id
            FROM orleans_stream_messages AS s
            WHERE s.service_id = p_service AND s.provider_id = p_provider AND s.queue_id = p_queue
              AND s.visible_on <= now()
              AND (s.dequeued >= max_attempts OR s.expires_on <= now())
            ORDER BY s.message_id
            LIMIT batch_size
            FOR UPDATE SKIP LOCKED)
        RETURNING m.*
    )
    INSERT INTO orleans_stream_dead_letters
        (service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on, created_on, modified_on,
         dead_on, remove_on, payload)
    SELECT service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on, created_on, modified_on,
           now(), now() + removal_seconds * interval '1 second', payload
    FROM spent;
    GET DIAGNOSTICS moved = ROW_COUNT;
    RETURN moved;
END;
$fn$;

-- Deletes up to batch_size dead letters whose keeping time is over.
CREATE OR REPLACE FUNCTION orleans_stream_evict_dead_letters(
    p_service text, p_provider text, p_queue text, batch_size int4)
RETURNS int4
LANGUAGE plpgsql AS $fn$
DECLARE
    removed int4;
BEGIN
    DELETE FROM orleans_stream_dead_letters AS d
    WHERE (d.service_id, d.provider_id, d.queue_id, d.message_id) IN (
        SELECT o.service_id, o.provider_id, o.queue_id, o.message_id
        FROM orleans_stream_dead_letters AS o
        WHERE o.service_id = p_service AND o.provider_id = p_provider AND o.queue_id = p_queue
          AND o.remove_on <= now()
        ORDER BY o.message_id
        LIMIT batch_size
        FOR UPDATE SKIP LOCKED);
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END;
$fn$;

-- One poll of a receiver: the queue's housekeeping when it is due, then up to max_count visible
-- messages in id order, each counted as delivered once more and hidden for visibility_seconds
-- (until confirmed, released, or that time passes). A poll that finds nothing due and no message
-- only reads: an idle queue costs the database no writes between housekeeping runs.
CREATE OR REPLACE FUNCTION orleans_stream_dequeue(
    p_service text, p_provider text, p_queue text, max_count int4, max_attempts int4,
    visibility_seconds int4, removal_seconds int4, eviction_seconds int4, eviction_batch int4)
RETURNS TABLE (
    ServiceId text, ProviderId text, QueueId text, MessageId int8, Dequeued int4,
    VisibleOn timestamptz, ExpiresOn timestamptz, CreatedOn timestamptz, ModifiedOn timestamptz, Payload bytea)
LANGUAGE plpgsql AS $fn$
DECLARE
    due timestamptz;
BEGIN
    SELECT q.evict_on INTO due
    FROM orleans_stream_queues AS q
    WHERE q.service_id = p_service AND q.provider_id = p_provider AND q.queue_id = p_queue;

    IF due IS NULL OR due <= now() THEN
        -- Only the poll whose upsert lands runs the housekeeping; a concurrent one finds it moved on.
        INSERT INTO orleans_stream_queues AS q (service_id, provider_id, queue_id, evict_on)
        VALUES (p_service, p_provider, p_queue, now() + eviction_seconds * interval '1 second')
        ON CONFLICT (service_id, provider_id, queue_id) DO UPDATE
            SET evict_on = EXCLUDED.evict_on
            WHERE q.evict_on <= now();
        IF FOUND THEN
            PERFORM orleans_stream_evict_messages(p_service, p_provider, p_queue, eviction_batch, max_attempts, removal_seconds);
            PERFORM orleans_stream_evict_dead_letters(p_service, p_provider, p_queue, eviction_batch);
        END IF;
    END IF;

    RETURN QUERY
    WITH taken AS (
        SELECT t.message_id
        FROM orleans_stream_messages AS t
        WHERE t.service_id = p_service AND t.provider_id = p_provider AND t.queue_id = p_queue
          AND t.dequeued < max_attempts
          AND t.visible_on <= now()
          AND t.expires_on > now()
        ORDER BY t.message_id
        LIMIT max_count
        FOR UPDATE SKIP LOCKED
    )
    UPDATE orleans_stream_messages AS m
    SET dequeued = m.dequeued + 1,
        visible_on = now() + visibility_seconds * interval '1 second',
        modified_on = now()
    FROM taken
    WHERE m.service_id = p_service AND m.provider_id = p_provider AND m.queue_id = p_queue
      AND m.message_id = taken.message_id
    RETURNING m.service_id, m.provider_id, m.queue_id, m.message_id, m.dequeued,
              m.visible_on, m.expires_on, m.created_on, m.modified_on, m.payload;
END;
$fn$;

INSERT INTO orleansquery (querykey, querytext) VALUES
('QueueStreamMessageKey', $q$
INSERT INTO orleans_stream_messages
    (service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on, created_on, modified_on, payload)
VALUES
    (@ServiceId, @ProviderId, @QueueId, nextval('orleans_stream_message_ids'), 0,
     now(), now() + @ExpiryTimeout * interval '1 second', now(), now(), @Payload)
RETURNING service_id AS ServiceId,
          provider_id AS ProviderId,
          queue_id AS QueueId,
          message_id AS MessageId;
$q$),

('GetStreamMessagesKey', $q$
SELECT * FROM orleans_stream_dequeue(@ServiceId, @ProviderId, @QueueId, @MaxCount, @MaxAttempts,
    @VisibilityTimeout, @RemovalTimeout, @EvictionInterval, @EvictionBatchSize);
$q$),

-- @Items is "id:receipt|id:receipt|...". A positive receipt confirms that delivery (the message is
-- deleted); a negative one releases it (visible again at once, for another receiver). Either only
-- when the message's delivery count still equals the receipt. Returns the messages it applied to.
('ConfirmStreamMessagesKey', $q$
WITH receipts AS (
    SELECT split_part(item, ':', 1)::int8 AS message_id,
           split_part(item, ':', 2)::int4 AS receipt
    FROM unnest(string_to_array(@Items, '|')) AS item
),
confirmed AS (
    DELETE FROM orleans_stream_messages AS m
    USING receipts AS r
    WHERE m.service_id = @ServiceId AND m.provider_id = @ProviderId AND m.queue_id = @QueueId
      AND m.message_id = r.message_id AND r.receipt > 0 AND m.dequeued = r.receipt
    RETURNING m.service_id, m.provider_id, m.queue_id, m.message_id
),
released AS (
    UPDATE orleans_stream_messages AS m
    SET visible_on = now(), modified_on = now()
    FROM receipts AS r
    WHERE m.service_id = @ServiceId AND m.provider_id = @ProviderId AND m.queue_id = @QueueId
      AND m.message_id = r.message_id AND r.receipt < 0 AND m.dequeued = -r.receipt
    RETURNING m.service_id, m.provider_id, m.queue_id, m.message_id
)
SELECT service_id AS ServiceId, provider_id AS ProviderId, queue_id AS QueueId, message_id AS MessageId FROM confirmed
UNION ALL
SELECT service_id, provider_id, queue_id, message_id FROM released;
$q$),

-- A delivery that failed for good: the message is offered again while it has attempts left,
-- otherwise it goes to the dead letters.
('FailStreamMessageKey', $q$
WITH retried AS (
    UPDATE orleans_stream_messages AS m
    SET visible_on = now(), modified_on = now()
    WHERE m.service_id = @ServiceId AND m.provider_id = @ProviderId AND m.queue_id = @QueueId
      AND m.message_id = @MessageId AND m.dequeued < @MaxAttempts
    RETURNING m.message_id
),
spent AS (
    DELETE FROM orleans_stream_messages AS m
    WHERE m.service_id = @ServiceId AND m.provider_id = @ProviderId AND m.queue_id = @QueueId
      AND m.message_id = @MessageId AND m.dequeued >= @MaxAttempts
    RETURNING m.*
)
INSERT INTO orleans_stream_dead_letters
    (service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on, created_on, modified_on,
     dead_on, remove_on, payload)
SELECT service_id, provider_id, queue_id, message_id, dequeued, visible_on, expires_on, created_on, modified_on,
       now(), now() + @RemovalTimeout * interval '1 second', payload
FROM spent;
$q$),

('EvictStreamMessagesKey', $q$
SELECT orleans_stream_evict_messages(@ServiceId, @ProviderId, @QueueId, @MaxCount, @MaxAttempts, @RemovalTimeout);
$q$),

('EvictStreamDeadLettersKey', $q$
SELECT orleans_stream_evict_dead_letters(@ServiceId, @ProviderId, @QueueId, @MaxCount);
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
