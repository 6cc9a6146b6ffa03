-- The alerts feature (processing group alerts) keeps its tables in a schema of its own.
CREATE SCHEMA IF NOT EXISTS alert;

-- One row per alert: what GET /api/v1/alerts answers. alert_id is a name-based UUID of rule and subject (the
-- rule's key: a batch, a market and product, a certificate number, a conversion, a producer's episode), so a
-- replay raises the same alert under the same id. raised_at is the act time of the event that raised it.
CREATE TABLE alert.alert (
    alert_id  VARCHAR(64) PRIMARY KEY,
    rule      VARCHAR(48) NOT NULL,
    severity  VARCHAR(8)  NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH')),
    subject   TEXT        NOT NULL,
    raised_at TIMESTAMPTZ NOT NULL,
    summary   TEXT        NOT NULL
);
CREATE INDEX alert_raised_at ON alert.alert (raised_at DESC, alert_id);
CREATE INDEX alert_rule_subject ON alert.alert (rule, subject);

-- The events an alert rests on, keyed by the store's event identifier (a redelivered event adds nothing).
CREATE TABLE alert.alert_evidence (
    alert_id         VARCHAR(64) NOT NULL REFERENCES alert.alert (alert_id),
    event_identifier VARCHAR(64) NOT NULL,
    event_type       VARCHAR(64) NOT NULL,
    aggregate_id     VARCHAR(64) NOT NULL,
    sequence_number  BIGINT      NOT NULL,
    at               TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (alert_id, event_identifier)
);

-- The batches an alert names (every evidence event's batch, plus the rule's own).
CREATE TABLE alert.alert_batch (
    alert_id VARCHAR(64) NOT NULL REFERENCES alert.alert (alert_id),
    batch_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (alert_id, batch_id)
);
CREATE INDEX alert_batch_batch ON alert.alert_batch (batch_id);

-- The operators an alert names.
CREATE TABLE alert.alert_operator (
    alert_id    VARCHAR(64) NOT NULL REFERENCES alert.alert (alert_id),
    operator_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (alert_id, operator_id)
);
CREATE INDEX alert_operator_operator ON alert.alert_operator (operator_id);

-- ---- What the rules need to remember (facts), each row keyed so that a redelivered event changes nothing. ----

-- Every operator's kind (OperatorRegistered): which operators are markets.
CREATE TABLE alert.operator (
    operator_id VARCHAR(64) PRIMARY KEY,
    kind        VARCHAR(32) NOT NULL
);

-- Every batch (BatchRegistered, BatchDerived): product, unit and quantity it began with, producer, and its lot
-- (root_batch_id: the registered batch a dispatched or split batch comes from; a slaughter or transformation
-- output is a lot of its own). sender/shipped: who sent it on its last leg and how much (BatchOriginExited,
-- dispatch).
CREATE TABLE alert.batch (
    batch_id             VARCHAR(64) PRIMARY KEY,
    product              TEXT        NOT NULL,
    category             VARCHAR(16) NOT NULL,
    species              VARCHAR(16),
    unit                 VARCHAR(8)  NOT NULL,
    quantity             NUMERIC     NOT NULL,
    producer_operator_id VARCHAR(64),
    root_batch_id        VARCHAR(64) NOT NULL,
    sender_operator_id   VARCHAR(64),
    shipped_quantity     NUMERIC
);

-- What came into and went out of a market, per product (BatchAdmitted from another operator, BatchSold).
-- position is the event's global index: a redelivered sale is judged on what came before it, not after.
CREATE TABLE alert.market_movement (
    event_identifier VARCHAR(64) PRIMARY KEY,
    position         BIGINT      NOT NULL,
    operator_id      VARCHAR(64) NOT NULL,
    product_key      TEXT        NOT NULL,
    unit             VARCHAR(8)  NOT NULL,
    admitted         NUMERIC     NOT NULL,
    sold             NUMERIC     NOT NULL,
    event_type       VARCHAR(64) NOT NULL,
    batch_id         VARCHAR(64) NOT NULL,
    sequence_number  BIGINT      NOT NULL,
    at               TIMESTAMPTZ NOT NULL
);
CREATE INDEX market_movement_key ON alert.market_movement (operator_id, product_key, unit);

-- Every presentation of a certificate at origin exit (BatchOriginExited).
CREATE TABLE alert.certificate_use (
    certificate_number VARCHAR(200) NOT NULL,
    batch_id           VARCHAR(64)  NOT NULL,
    operator_id        VARCHAR(64)  NOT NULL,
    root_batch_id      VARCHAR(64)  NOT NULL,
    event_identifier   VARCHAR(64)  NOT NULL,
    sequence_number    BIGINT       NOT NULL,
    at                 TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (certificate_number, batch_id)
);

-- Conversions: a transformation (its id) or a slaughter ('slaughter:' + the live batch), with its inputs and
-- outputs. conversion_link names the conversion each output batch belongs to.
CREATE TABLE alert.conversion_input (
    conversion_id    VARCHAR(300) NOT NULL,
    batch_id         VARCHAR(64)  NOT NULL,
    amount           NUMERIC,
    unit             VARCHAR(8)   NOT NULL,
    operator_id      VARCHAR(64)  NOT NULL,
    event_type       VARCHAR(64)  NOT NULL,
    event_identifier VARCHAR(64)  NOT NULL,
    sequence_number  BIGINT       NOT NULL,
    at               TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (conversion_id, batch_id)
);
CREATE TABLE alert.conversion_link (
    batch_id      VARCHAR(64)  PRIMARY KEY,
    conversion_id VARCHAR(300) NOT NULL
);
CREATE TABLE alert.conversion_output (
    conversion_id    VARCHAR(300) NOT NULL,
    batch_id         VARCHAR(64)  NOT NULL,
    event_identifier VARCHAR(64)  NOT NULL,
    sequence_number  BIGINT       NOT NULL,
    at               TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (conversion_id, batch_id)
);

-- Every FAIL inspection (BatchInspected), under the producer of the batch.
CREATE TABLE alert.failed_inspection (
    event_identifier     VARCHAR(64) PRIMARY KEY,
    producer_operator_id VARCHAR(64) NOT NULL,
    batch_id             VARCHAR(64) NOT NULL,
    sequence_number      BIGINT      NOT NULL,
    at                   TIMESTAMPTZ NOT NULL
);
CREATE INDEX failed_inspection_producer ON alert.failed_inspection (producer_operator_id, at);
