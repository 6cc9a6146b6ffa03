-- Operator registry (processing group operator-registry): one row per registered market operator (一户一档).
-- Fed by OperatorRegistered, OperatorSuspended, OperatorReinstated; last_sequence guards against redelivery.
CREATE TABLE operator_registry (
    operator_id               VARCHAR(64) PRIMARY KEY,
    name                      TEXT        NOT NULL,
    kind                      VARCHAR(32) NOT NULL,
    license_number            TEXT,
    region                    VARCHAR(6)  NOT NULL,
    designated_slaughterhouse BOOLEAN     NOT NULL,
    status                    VARCHAR(16) NOT NULL,
    status_reason             TEXT,
    registered_at             TIMESTAMPTZ NOT NULL,
    status_changed_at         TIMESTAMPTZ,
    last_sequence             BIGINT      NOT NULL
);

-- list(kind, region, status): kind alone or kind + region; region alone; status alone (e.g. the black list).
CREATE INDEX operator_registry_kind_region ON operator_registry (kind, region);
CREATE INDEX operator_registry_region ON operator_registry (region);
CREATE INDEX operator_registry_status ON operator_registry (status);
