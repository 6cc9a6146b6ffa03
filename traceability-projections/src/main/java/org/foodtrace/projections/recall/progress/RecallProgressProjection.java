package org.foodtrace.projections.recall.progress;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchDisposed;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.recall.api.RecallOpened;
import org.foodtrace.projections.recall.RecallGroups;
import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the recall-progress tables. Every statement is keyed (insert once) or guarded by the batch's event
 * sequence number, so a redelivered event changes nothing; status and progress are counted when read.
 */
@Component
@ProcessingGroup(RecallGroups.PROGRESS)
class RecallProgressProjection {

    private final JdbcClient jdbc;

    RecallProgressProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RecallOpened e) {
        jdbc.sql("""
                        INSERT INTO recall.recall (recall_id, root_batch_id, reason, level, opened_at)
                        VALUES (:recallId, :root, :reason, :level, :at)
                        ON CONFLICT (recall_id) DO NOTHING""")
                .param("recallId", e.recallId())
                .param("root", e.rootBatchId())
                .param("reason", e.reason())
                .param("level", e.level().name())
                .param("at", Columns.timestamp(e.at()))
                .update();
        jdbc.sql("""
                        INSERT INTO recall.recall_item (recall_id, batch_id, position)
                        SELECT :recallId, affected.batch_id, affected.position - 1
                        FROM unnest(CAST(:batchIds AS VARCHAR(64)[])) WITH ORDINALITY AS affected(batch_id, position)
                        ON CONFLICT (recall_id, batch_id) DO UPDATE SET position = EXCLUDED.position""")
                .param("recallId", e.recallId())
                .param("batchIds", e.affectedBatchIds().toArray(String[]::new))
                .update();
    }

    @EventHandler
    void on(BatchRegistered e) {
        code(e.batchId(), e.traceCode());
    }

    @EventHandler
    void on(BatchDerived e) {
        code(e.batchId(), e.traceCode());
    }

    @EventHandler
    void on(BatchSold e, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO recall.sale (batch_id, sequence, sale_id, sold_at, amount, unit, operator_id)
                        VALUES (:batchId, :sequence, :saleId, :at, :amount, :unit, :operatorId)
                        ON CONFLICT (batch_id, sequence) DO NOTHING""")
                .param("batchId", e.batchId())
                .param("sequence", sequence)
                .param("saleId", e.saleId())
                .param("at", Columns.timestamp(e.at()))
                .param("amount", e.quantity().amount())
                .param("unit", e.quantity().unit().symbol())
                .param("operatorId", e.operatorId())
                .update();
    }

    @EventHandler
    void on(BatchRecalled e, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO recall.recalled_batch (batch_id, recall_id, holder_operator_id, unit,
                            available_at_recall, available, sold_before_recall, state, recalled_at, last_sequence)
                        VALUES (:batchId, :recallId, :holder, :unit, :available, :available, :sold, :state, :at,
                            :sequence)
                        ON CONFLICT (batch_id) DO NOTHING""")
                .param("batchId", e.batchId())
                .param("recallId", e.recallId())
                .param("holder", e.holderOperatorId())
                .param("unit", e.available().unit().symbol())
                .param("available", e.available().amount())
                .param("sold", e.sold().amount())
                .param("state", (e.available().isZero() ? ItemState.CLEARED : ItemState.PENDING).name())
                .param("at", Columns.timestamp(e.at()))
                .param("sequence", sequence)
                .update();
        jdbc.sql("""
                        INSERT INTO recall.recall_item (recall_id, batch_id) VALUES (:recallId, :batchId)
                        ON CONFLICT (recall_id, batch_id) DO NOTHING""")
                .param("recallId", e.recallId())
                .param("batchId", e.batchId())
                .update();
    }

    /** Disposal of a recalled batch: what is left goes down; DISPOSED once nothing is. */
    @EventHandler
    void on(BatchDisposed e, @SequenceNumber long sequence) {
        jdbc.sql("""
                        UPDATE recall.recalled_batch
                        SET available = available - :amount,
                            state = CASE WHEN available - :amount = 0 THEN 'DISPOSED' ELSE state END,
                            last_sequence = :sequence
                        WHERE batch_id = :batchId AND last_sequence < :sequence""")
                .param("batchId", e.batchId())
                .param("amount", e.quantity().amount())
                .param("sequence", sequence)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE recall.recall, recall.recall_item, recall.recalled_batch, recall.batch_code, recall.sale")
                .update();
    }

    private void code(String batchId, String traceCode) {
        jdbc.sql("""
                        INSERT INTO recall.batch_code (batch_id, trace_code) VALUES (:batchId, :traceCode)
                        ON CONFLICT (batch_id) DO NOTHING""")
                .param("batchId", batchId)
                .param("traceCode", traceCode)
                .update();
    }
}
