package org.foodtrace.projections.recall.block;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.recall.api.RecallOpened;
import org.foodtrace.projections.recall.RecallGroups;
import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The recall-block lookup table. Its group runs subscribed, inside the transaction of the command whose events it
 * handles, so the whole affected set of a recall is blocked when the recall's opening commits. Inserts are keyed
 * (the first recall of a batch keeps it), so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(RecallGroups.BLOCKS)
public class RecallBlockTable {

    private final JdbcClient jdbc;

    RecallBlockTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RecallOpened e) {
        block(e.recallId(), e.affectedBatchIds(), e.at());
    }

    @EventHandler
    void on(BatchRecalled e) {
        block(e.recallId(), Stream.concat(Stream.of(e.batchId()), e.children().stream()).toList(), e.at());
    }

    /** The recall that blocks any of these batches, if one does. */
    public Optional<String> recallBlocking(Collection<String> batchIds) {
        if (batchIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT recall_id FROM recall.recall_block WHERE batch_id = ANY(CAST(:ids AS VARCHAR(64)[]))"
                        + " LIMIT 1")
                .param("ids", batchIds.toArray(String[]::new))
                .query(String.class)
                .optional();
    }

    private void block(String recallId, Collection<String> batchIds, Instant at) {
        jdbc.sql("""
                        INSERT INTO recall.recall_block (batch_id, recall_id, blocked_at)
                        SELECT DISTINCT blocked.batch_id, :recallId, :at
                        FROM unnest(CAST(:batchIds AS VARCHAR(64)[])) AS blocked(batch_id)
                        ON CONFLICT (batch_id) DO NOTHING""")
                .param("recallId", recallId)
                .param("batchIds", batchIds.toArray(String[]::new))
                .param("at", Columns.timestamp(at))
                .update();
    }
}
