-- Operators' API tokens, kept only as SHA-256 hashes; written in the transaction that registers the operator.
CREATE TABLE api_token (
    token_hash  BYTEA       PRIMARY KEY CHECK (octet_length(token_hash) = 32),
    operator_id VARCHAR(36) NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL
);
