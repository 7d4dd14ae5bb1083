-- Trained fraud model versions, passed or rejected: the description (version, algorithm, training
-- window, row counts, held-out metrics, failed gates, feature list) as the API shows it, and the
-- model itself in the compact tree format every silo scores with. Which version is active lives in
-- the tenant's registry grain; a version row is written once by the training service.

CREATE TABLE IF NOT EXISTS fraud_models
(
    tenant_id  text        COLLATE "C" NOT NULL,
    version    text        COLLATE "C" NOT NULL,
    trained_at timestamptz NOT NULL,
    info       json        NOT NULL,
    model      bytea       NOT NULL,
    PRIMARY KEY (tenant_id, version)
);

CREATE INDEX IF NOT EXISTS fraud_models_newest ON fraud_models (tenant_id, trained_at DESC);
