-- Set-based validation of recalls: every batch a recall covers, written in the same transaction as the event that
-- recalls it (RecallOpened lists the whole affected set; BatchRecalled names children found later). While the
-- recall process is still marking the batch aggregates one by one, the command bus already refuses goods
-- movements of these batches (BATCH_RECALLED). Rows are never deleted: a recalled batch stays recalled.
CREATE TABLE recall.recall_block (
    batch_id   VARCHAR(64) PRIMARY KEY,
    recall_id  VARCHAR(64) NOT NULL,
    blocked_at TIMESTAMPTZ NOT NULL
);
