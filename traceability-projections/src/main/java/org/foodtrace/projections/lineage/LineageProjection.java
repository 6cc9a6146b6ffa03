package org.foodtrace.projections.lineage;

import java.time.Instant;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.projections.ProcessingGroups;
import org.foodtrace.projections.lifecycle.BatchState;
import org.foodtrace.projections.lifecycle.BatchStateTable;
import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code lineage_node} (lifecycle in sequence order) and {@code lineage_edge} (keyed inserts). */
@Component
@ProcessingGroup(ProcessingGroups.LINEAGE)
class LineageProjection {

    private final JdbcClient jdbc;
    private final BatchStateTable nodes;

    LineageProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.nodes = new BatchStateTable(jdbc, "lineage_node");
    }

    @EventHandler
    void on(BatchRegistered e, @SequenceNumber long sequence) {
        insertNode(e.batchId(), e.traceCode(), BatchState.registered(e), sequence);
    }

    @EventHandler
    void on(BatchDerived e, @SequenceNumber long sequence) {
        insertNode(e.batchId(), e.traceCode(), BatchState.derived(e), sequence);
        for (ParentLink parent : e.parents()) {
            insertEdge(parent, e.batchId(), e.derivation(), e.at());
        }
    }

    /** Every later batch event moves the lifecycle columns (status, holder, destination, available). */
    @EventHandler
    void on(Object event, @SourceId String batchId, @SequenceNumber long sequence) {
        nodes.advance(batchId, sequence, event);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM lineage_edge").update();
        jdbc.sql("DELETE FROM lineage_node").update();
    }

    private void insertNode(String batchId, String traceCode, BatchState state, long sequence) {
        jdbc.sql("""
                        INSERT INTO lineage_node (batch_id, trace_code, status, holder_operator_id,
                            destination_operator_id, available_amount, unit, last_sequence)
                        VALUES (:batchId, :traceCode, :status, :holder, :destination, :available, :unit, :sequence)
                        ON CONFLICT (batch_id) DO NOTHING""")
                .param("batchId", batchId)
                .param("traceCode", traceCode)
                .param("status", state.status().name())
                .param("holder", state.holderOperatorId())
                .param("destination", state.destinationOperatorId())
                .param("available", state.available().amount())
                .param("unit", state.available().unit().symbol())
                .param("sequence", sequence)
                .update();
    }

    private void insertEdge(ParentLink parent, String childId, Derivation kind, Instant at) {
        jdbc.sql("""
                        INSERT INTO lineage_edge (parent_batch_id, child_batch_id, kind, amount, unit, at)
                        VALUES (:parentId, :childId, :kind, :amount, :unit, :at)
                        ON CONFLICT (parent_batch_id, child_batch_id) DO NOTHING""")
                .param("parentId", parent.batchId())
                .param("childId", childId)
                .param("kind", kind.name())
                .param("amount", parent.quantity().amount())
                .param("unit", parent.quantity().unit().symbol())
                .param("at", Columns.timestamp(at))
                .update();
    }
}
