-- Tamper evidence (docs/tamper-evidence.md).
--
-- trace_chain belongs to the consumer trace view (processing group trace-view) and is rebuilt by replay: for each
-- batch, the head hash as the projection last applied its events, which event that was, how many events carried no
-- hash (recorded before hashing began) and the first event whose stored link did not match its recomputed hash.
CREATE TABLE trace_chain (
    batch_id        VARCHAR(64) PRIMARY KEY,
    head_hash       CHAR(64),
    last_sequence   BIGINT      NOT NULL,
    unhashed_events INTEGER     NOT NULL DEFAULT 0,
    broken_at       BIGINT
);

-- The latest regulator verification of each batch (GET /api/v1/batches/{id}/verification), which recomputes the
-- whole chain from the event store. verified: the batch and its ancestry verify; broken: a mismatch was found
-- (not merely events recorded before hashing began). Not a read model but a record of checks made, so replay leaves it alone; it
-- lives in a schema of its own, apart from the read models.
CREATE SCHEMA IF NOT EXISTS chain;

CREATE TABLE chain.verification (
    batch_id       VARCHAR(64) PRIMARY KEY,
    verified       BOOLEAN     NOT NULL,
    broken         BOOLEAN     NOT NULL,
    head_hash      CHAR(64),
    first_mismatch BIGINT,
    checked_at     TIMESTAMPTZ NOT NULL
);
