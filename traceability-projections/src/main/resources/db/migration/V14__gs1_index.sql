-- GS1 index (processing group gs1-index): GTIN-14 + lot -> the producer's batch, for the GS1 Digital Link
-- resolver /01/{gtin}/10/{lot}. Only producers' lots are indexed (registrations and transformation outputs),
-- not the dispatched or split children that inherit the GTIN and lot. Should two batches ever share a GTIN and
-- lot, the earliest registered wins, whatever order the events are processed in.
CREATE TABLE gs1_lot (
    gtin          VARCHAR(14) NOT NULL,
    lot           TEXT        NOT NULL,
    batch_id      VARCHAR(64) NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (gtin, lot, batch_id)
);
