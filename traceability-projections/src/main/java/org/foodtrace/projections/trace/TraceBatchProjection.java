package org.foodtrace.projections.trace;

import java.time.Instant;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.projections.ProcessingGroups;
import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code trace_batch} and {@code trace_parent}. Every write is idempotent by nature: rows are inserted
 * once by key, the origin certificate is set once by the single origin exit, and the recall flag only turns on
 * (the first recall's time is kept).
 */
@Component
@ProcessingGroup(ProcessingGroups.TRACE_VIEW)
class TraceBatchProjection {

    private final JdbcClient jdbc;

    TraceBatchProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BatchRegistered e) {
        insert(e.batchId(), e.traceCode(), e.category(), e.product(), null, e.originRegion(),
                e.producerOperatorId(), e.at());
    }

    @EventHandler
    void on(BatchDerived e) {
        insert(e.batchId(), e.traceCode(), e.category(), e.product(), e.derivation(), e.originRegion(),
                e.producerOperatorId(), e.at());
        List<String> parents = e.parents().stream().map(parent -> parent.batchId()).toList();
        for (int position = 0; position < parents.size(); position++) {
            jdbc.sql("""
                            INSERT INTO trace_parent (batch_id, parent_batch_id, position)
                            VALUES (:batchId, :parentId, :position)
                            ON CONFLICT (batch_id, parent_batch_id) DO NOTHING""")
                    .param("batchId", e.batchId())
                    .param("parentId", parents.get(position))
                    .param("position", position)
                    .update();
        }
    }

    @EventHandler
    void on(BatchOriginExited e) {
        jdbc.sql("UPDATE trace_batch SET certificate_type = :type, certificate_number = :number"
                        + " WHERE batch_id = :batchId")
                .param("type", e.certificate().type().name())
                .param("number", e.certificate().number())
                .param("batchId", e.batchId())
                .update();
    }

    @EventHandler
    void on(BatchRecalled e) {
        jdbc.sql("UPDATE trace_batch SET recalled = TRUE, recalled_at = :at WHERE batch_id = :batchId"
                        + " AND NOT recalled")
                .param("at", Columns.timestamp(e.at()))
                .param("batchId", e.batchId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM trace_parent").update();
        jdbc.sql("DELETE FROM trace_batch").update();
    }

    private void insert(String batchId, String traceCode, Category category, String product, Derivation derivation,
                        String originRegion, String producerOperatorId, Instant at) {
        jdbc.sql("""
                        INSERT INTO trace_batch (batch_id, trace_code, category, product, derivation, origin_region,
                            producer_operator_id, registered_at)
                        VALUES (:batchId, :traceCode, :category, :product, :derivation, :originRegion, :producer, :at)
                        ON CONFLICT (batch_id) DO NOTHING""")
                .param("batchId", batchId)
                .param("traceCode", traceCode)
                .param("category", category.name())
                .param("product", product)
                .param("derivation", Columns.name(derivation))
                .param("originRegion", originRegion)
                .param("producer", producerOperatorId)
                .param("at", Columns.timestamp(at))
                .update();
    }
}
