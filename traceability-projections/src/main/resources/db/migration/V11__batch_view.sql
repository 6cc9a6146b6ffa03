-- Batch view (processing group batch-view): what GET /api/v1/batches/{id} shows, and who may read it.
-- Every batch event feeds it. Lifecycle columns follow BatchState; last_sequence is the aggregate sequence
-- number of the last applied event, so a redelivered event changes nothing.
CREATE TABLE batch_view (
    batch_id                 VARCHAR(64) PRIMARY KEY,
    trace_code               VARCHAR(32) NOT NULL,
    category                 VARCHAR(32) NOT NULL,
    product                  TEXT        NOT NULL,
    species                  VARCHAR(16),
    unit                     VARCHAR(8)  NOT NULL,
    registered_amount        NUMERIC     NOT NULL,
    available_amount         NUMERIC     NOT NULL,
    status                   VARCHAR(16) NOT NULL,
    holder_operator_id       VARCHAR(64) NOT NULL,
    destination_operator_id  VARCHAR(64),
    producer_operator_id     VARCHAR(64),
    origin_region            VARCHAR(6),
    produced_on              DATE,
    gtin                     VARCHAR(14),
    lot                      TEXT,
    expires_on               DATE,
    derivation               VARCHAR(16),
    certificate_type         VARCHAR(32),
    certificate_number       TEXT,
    certificate_issued_by    TEXT,
    certificate_issued_on    DATE,
    certificate_valid_until  DATE,
    registered_at            TIMESTAMPTZ NOT NULL,
    last_sequence            BIGINT      NOT NULL
);

-- Parent batches of a derived batch, in the order the event lists them.
CREATE TABLE batch_view_parent (
    batch_id        VARCHAR(64) NOT NULL,
    position        INTEGER     NOT NULL,
    parent_batch_id VARCHAR(64) NOT NULL,
    amount          NUMERIC     NOT NULL,
    unit            VARCHAR(8)  NOT NULL,
    PRIMARY KEY (batch_id, position)
);

-- The batch's full event list; one row per event, keyed by the aggregate sequence number.
CREATE TABLE batch_view_event (
    batch_id        VARCHAR(64) NOT NULL,
    sequence_number BIGINT      NOT NULL,
    type            VARCHAR(40) NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    operator_id     VARCHAR(64),
    details         JSONB       NOT NULL,
    PRIMARY KEY (batch_id, sequence_number)
);

-- Every operator that ever produced, held or was the destination of the batch (read access).
CREATE TABLE batch_view_party (
    batch_id    VARCHAR(64) NOT NULL,
    operator_id VARCHAR(64) NOT NULL,
    role        VARCHAR(16) NOT NULL,
    PRIMARY KEY (batch_id, operator_id, role)
);
