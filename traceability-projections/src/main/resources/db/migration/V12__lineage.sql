-- Lineage graph (processing group lineage): one node per batch, one edge per dispatch, slaughter output,
-- split part and transformation input -> output. Edges come from BatchDerived (the child's first event, which
-- lists its parents); node lifecycle columns follow BatchState with a sequence guard.
CREATE TABLE lineage_node (
    batch_id                VARCHAR(64) PRIMARY KEY,
    trace_code              VARCHAR(32) NOT NULL,
    status                  VARCHAR(16) NOT NULL,
    holder_operator_id      VARCHAR(64) NOT NULL,
    destination_operator_id VARCHAR(64),
    available_amount        NUMERIC     NOT NULL,
    unit                    VARCHAR(8)  NOT NULL,
    last_sequence           BIGINT      NOT NULL
);

CREATE TABLE lineage_edge (
    parent_batch_id VARCHAR(64) NOT NULL,
    child_batch_id  VARCHAR(64) NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    amount          NUMERIC     NOT NULL,
    unit            VARCHAR(8)  NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (parent_batch_id, child_batch_id)
);

-- Downstream recursion follows parent -> child (the primary key); upstream follows child -> parent.
CREATE INDEX lineage_edge_child ON lineage_edge (child_batch_id, parent_batch_id);
