-- Bulk CSV imports of batches (POST /api/v1/batches/import). The uploaded file is kept verbatim so a job cut
-- short by a restart is parsed again and resumed; each row's outcome is written in the transaction that
-- registers its batch (or, for a refused row, on its own), so a row is done exactly once.
CREATE TABLE batch_import_job (
    job_id        VARCHAR(36)  PRIMARY KEY,
    operator_id   VARCHAR(64)  NOT NULL,
    status        VARCHAR(16)  NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    total_rows    INTEGER      NOT NULL CHECK (total_rows >= 0),
    csv           BYTEA        NOT NULL,
    submitted_at  TIMESTAMPTZ  NOT NULL,
    started_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ,
    failure       TEXT
);

CREATE INDEX batch_import_job_unfinished ON batch_import_job (submitted_at) WHERE status IN ('QUEUED', 'RUNNING');

-- One row per processed CSV line: a registered batch, or a refusal (HTTP status, code, message, violations).
CREATE TABLE batch_import_row (
    job_id       VARCHAR(36)  NOT NULL REFERENCES batch_import_job (job_id) ON DELETE CASCADE,
    line         INTEGER      NOT NULL,
    batch_id     VARCHAR(36),
    trace_code   VARCHAR(32),
    status       INTEGER,
    code         VARCHAR(64),
    message      TEXT,
    violations   TEXT,
    recorded_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (job_id, line),
    CHECK ((batch_id IS NULL) <> (code IS NULL))
);
