-- The fraud ledger: one row per scored attendance event, kept 30 days (retention deletes by at).
-- (tenant, device, seq) is the event, so a replayed event keeps its first row. The feature vector
-- is in FraudFeatureNames order; the top contributions are two parallel arrays. label: 0 legit,
-- 1 fraud, null while nobody has judged the event.

CREATE TABLE IF NOT EXISTS fraud_scores
(
    tenant_id     text        COLLATE "C" NOT NULL,
    device_id     text        COLLATE "C" NOT NULL,
    seq           int8        NOT NULL,
    guard_id      text        COLLATE "C" NOT NULL,
    site_id       text        COLLATE "C" NOT NULL,
    at            timestamptz NOT NULL,
    event_type    text        NOT NULL,
    score         float8      NOT NULL,
    rule_score    float8      NOT NULL,
    model_version text        NOT NULL,
    features      float8[]    NOT NULL,
    top_features  text[]      NOT NULL,
    top_weights   float8[]    NOT NULL,
    alert_id      text        NULL,
    label         int2        NULL,
    PRIMARY KEY (tenant_id, device_id, seq)
);

CREATE INDEX IF NOT EXISTS fraud_scores_tenant_at ON fraud_scores (tenant_id, at DESC);
CREATE INDEX IF NOT EXISTS fraud_scores_guard_at ON fraud_scores (tenant_id, guard_id, at DESC);
CREATE INDEX IF NOT EXISTS fraud_scores_site_at ON fraud_scores (tenant_id, site_id, at DESC);
CREATE INDEX IF NOT EXISTS fraud_scores_labelled ON fraud_scores (tenant_id, at) WHERE label IS NOT NULL;
-- Retention walks the whole table by age.
CREATE INDEX IF NOT EXISTS fraud_scores_at ON fraud_scores (at);
