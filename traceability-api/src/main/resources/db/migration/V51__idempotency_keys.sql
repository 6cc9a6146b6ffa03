-- Idempotency-Key of writes, per caller. The row is inserted before the command runs, in its transaction, so
-- concurrent duplicates wait on the primary key and find the first one's answer; the answer is kept verbatim.
CREATE TABLE idempotency_key (
    caller_id        VARCHAR(64)  NOT NULL,
    idempotency_key  VARCHAR(255) NOT NULL,
    request_hash     BYTEA        NOT NULL,
    response_status  INTEGER,
    response_type    VARCHAR(100),
    response_body    BYTEA,
    created_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (caller_id, idempotency_key)
);

CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
