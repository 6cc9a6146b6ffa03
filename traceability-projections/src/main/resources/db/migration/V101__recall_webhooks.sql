-- Webhook subscriptions: where an operator wants to hear that a batch it holds was recalled, and the secret the
-- requests are signed with (HMAC-SHA256; kept readable because every request is signed with it).
CREATE TABLE recall.webhook (
    operator_id VARCHAR(64) PRIMARY KEY,
    url         TEXT        NOT NULL,
    secret      TEXT        NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

-- Outbox of webhook notifications: one per batch a recall reached whose holder had subscribed (processing group
-- recall-notifications), sent by the webhook sender. next_attempt_at is when the sender may try (again); it is
-- null once the notification was delivered or given up. A claimed row is leased by moving next_attempt_at ahead.
CREATE TABLE recall.webhook_delivery (
    delivery_id     VARCHAR(64) PRIMARY KEY,
    operator_id     VARCHAR(64) NOT NULL,
    recall_id       VARCHAR(64) NOT NULL,
    batch_id        VARCHAR(64) NOT NULL,
    body            TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,
    delivered_at    TIMESTAMPTZ,
    gave_up_at      TIMESTAMPTZ,
    last_status     INTEGER,
    last_error      TEXT,
    CONSTRAINT webhook_delivery_once UNIQUE (recall_id, batch_id)
);
CREATE INDEX webhook_delivery_due ON recall.webhook_delivery (next_attempt_at) WHERE next_attempt_at IS NOT NULL;
CREATE INDEX webhook_delivery_operator ON recall.webhook_delivery (operator_id, created_at);
