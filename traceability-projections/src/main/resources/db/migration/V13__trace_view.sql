-- Consumer trace view (processing group trace-view): what a consumer scanning a trace code may see, and
-- nothing else - no tokens, licence numbers, buyers or sample ids are stored here. The walk back to the farm
-- or factory is a recursive query over trace_parent at read time, so each batch's rows stay independent of
-- the order in which the processor's segments reach its ancestors.
CREATE TABLE trace_operator (
    operator_id VARCHAR(64) PRIMARY KEY,
    name        TEXT        NOT NULL,
    region      VARCHAR(6)
);

CREATE TABLE trace_batch (
    batch_id             VARCHAR(64) PRIMARY KEY,
    trace_code           VARCHAR(32) NOT NULL,
    category             VARCHAR(32) NOT NULL,
    product              TEXT        NOT NULL,
    derivation           VARCHAR(16),
    origin_region        VARCHAR(6),
    producer_operator_id VARCHAR(64),
    certificate_type     VARCHAR(32),
    certificate_number   TEXT,
    recalled             BOOLEAN     NOT NULL DEFAULT FALSE,
    recalled_at          TIMESTAMPTZ,
    registered_at        TIMESTAMPTZ NOT NULL
);
-- findByTraceCode / batchIdOf: the scanned code.
CREATE UNIQUE INDEX trace_batch_trace_code ON trace_batch (trace_code);

-- Upstream walk: child -> parents (primary key).
CREATE TABLE trace_parent (
    batch_id        VARCHAR(64) NOT NULL,
    parent_batch_id VARCHAR(64) NOT NULL,
    position        INTEGER     NOT NULL,
    PRIMARY KEY (batch_id, parent_batch_id)
);

-- Journey steps of each batch (registration, origin exit, entry, derivation), one per event.
CREATE TABLE trace_step (
    batch_id        VARCHAR(64) NOT NULL,
    sequence_number BIGINT      NOT NULL,
    step            VARCHAR(32) NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    operator_id     VARCHAR(64),
    PRIMARY KEY (batch_id, sequence_number)
);

-- Inspections and β-agonist results of each batch; one event may carry several (position).
CREATE TABLE trace_inspection (
    batch_id        VARCHAR(64) NOT NULL,
    sequence_number BIGINT      NOT NULL,
    position        INTEGER     NOT NULL,
    analyte         TEXT        NOT NULL,
    method          TEXT,
    value           NUMERIC,
    unit            TEXT,
    limit_value     NUMERIC,
    verdict         VARCHAR(16) NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    operator_id     VARCHAR(64),
    PRIMARY KEY (batch_id, sequence_number, position)
);
