-- The recall feature keeps its tables in a schema of its own.
CREATE SCHEMA IF NOT EXISTS recall;

-- Recall progress (processing group recall-progress): what GET /api/v1/recalls answers. A recall's status and
-- progress are counted from its items when read, never stored, so concurrent segments cannot race on them.

-- One row per recall (RecallOpened).
CREATE TABLE recall.recall (
    recall_id     VARCHAR(64) PRIMARY KEY,
    root_batch_id VARCHAR(64) NOT NULL,
    reason        TEXT        NOT NULL,
    level         VARCHAR(3)  NOT NULL,
    opened_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX recall_opened_at ON recall.recall (opened_at DESC, recall_id);

-- The batches a recall covers: those it opened with (position = their order there) and every batch it reached
-- later (BatchRecalled of this recall; position null). A row may come before its recall's row: the events
-- come from different aggregates.
CREATE TABLE recall.recall_item (
    recall_id VARCHAR(64) NOT NULL,
    batch_id  VARCHAR(64) NOT NULL,
    position  INTEGER,
    PRIMARY KEY (recall_id, batch_id)
);
CREATE INDEX recall_item_batch ON recall.recall_item (batch_id);

-- What the recall found at a batch (BatchRecalled) and what was disposed of since (BatchDisposed). A batch is
-- recalled once, so a batch two recalls cover shows the same state in both. last_sequence guards against
-- redelivery: an event at or below it changes nothing.
CREATE TABLE recall.recalled_batch (
    batch_id            VARCHAR(64) PRIMARY KEY,
    recall_id           VARCHAR(64) NOT NULL,
    holder_operator_id  VARCHAR(64) NOT NULL,
    unit                VARCHAR(8)  NOT NULL,
    available_at_recall NUMERIC     NOT NULL,
    available           NUMERIC     NOT NULL,
    sold_before_recall  NUMERIC     NOT NULL,
    state               VARCHAR(16) NOT NULL CHECK (state IN ('PENDING', 'DISPOSED', 'CLEARED')),
    recalled_at         TIMESTAMPTZ NOT NULL,
    last_sequence       BIGINT      NOT NULL
);
CREATE INDEX recalled_batch_holder ON recall.recalled_batch (holder_operator_id);

-- Every batch's trace code (BatchRegistered, BatchDerived), to name recalled batches.
CREATE TABLE recall.batch_code (
    batch_id   VARCHAR(64) PRIMARY KEY,
    trace_code VARCHAR(32) NOT NULL
);

-- Every sale (BatchSold) without its buyer: what reached consumers from a batch before it was recalled. Keyed by
-- the batch's event sequence number, so a redelivered sale is stored once.
CREATE TABLE recall.sale (
    batch_id    VARCHAR(64) NOT NULL,
    sequence    BIGINT      NOT NULL,
    sale_id     TEXT        NOT NULL,
    sold_at     TIMESTAMPTZ NOT NULL,
    amount      NUMERIC     NOT NULL,
    unit        VARCHAR(8)  NOT NULL,
    operator_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (batch_id, sequence)
);
