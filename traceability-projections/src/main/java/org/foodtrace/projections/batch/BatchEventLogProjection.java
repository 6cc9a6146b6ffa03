package org.foodtrace.projections.batch;

import static org.foodtrace.projections.batch.EventDetails.details;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.foodtrace.core.batch.api.BatchAdmitted;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchDispatched;
import org.foodtrace.core.batch.api.BatchDisposed;
import org.foodtrace.core.batch.api.BatchInspected;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.BatchRejected;
import org.foodtrace.core.batch.api.BatchSlaughtered;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.batch.api.BatchSplit;
import org.foodtrace.core.batch.api.BatchTransformed;
import org.foodtrace.core.batch.api.BetaAgonistTestFailed;
import org.foodtrace.core.batch.api.ExpiredSaleAttempted;
import org.foodtrace.core.batch.api.MisdirectedEntryAttempted;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.projections.ProcessingGroups;
import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code batch_view_event}: one row per batch event, keyed by batch and sequence number. */
@Component
@ProcessingGroup(ProcessingGroups.BATCH_VIEW)
class BatchEventLogProjection {

    private final JdbcClient jdbc;

    BatchEventLogProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BatchRegistered e, @SequenceNumber long sequence) {
        append(e.batchId(), sequence, BatchEventType.REGISTERED, e.at(), e.producerOperatorId(), details()
                .put("traceCode", e.traceCode()).put("category", e.category()).put("product", e.product())
                .put("species", e.species()).put("quantity", e.quantity()).put("originRegion", e.originRegion())
                .put("producedOn", e.producedOn()).put("gtin", e.gtin()).put("lot", e.lot())
                .put("expiresOn", e.expiresOn()));
    }

    @EventHandler
    void on(BatchDerived e, @SequenceNumber long sequence) {
        append(e.batchId(), sequence, BatchEventType.DERIVED, e.at(), e.holderOperatorId(), details()
                .put("traceCode", e.traceCode()).put("derivation", e.derivation()).put("parents", e.parents())
                .put("product", e.product()).put("quantity", e.quantity())
                .put("destinationOperatorId", e.destinationOperatorId()).put("status", e.status())
                .put("certificate", e.certificate()));
    }

    @EventHandler
    void on(BatchOriginExited e, @SequenceNumber long sequence) {
        append(e.batchId(), sequence, BatchEventType.ORIGIN_EXITED, e.at(), e.operatorId(), details()
                .put("certificate", e.certificate()).put("destinationOperatorId", e.destinationOperatorId())
                .put("quantity", e.quantity()));
    }

    @EventHandler
    void on(BatchDispatched e, @SequenceNumber long sequence) {
        append(e.batchId(), sequence, BatchEventType.DISPATCHED, e.at(), e.operatorId(), details()
                .put("childBatchId", e.childBatchId()).put("childTraceCode", e.childTraceCode())
                .put("destinationOperatorId", e.destinationOperatorId()).put("quantity", e.quantity()));
    }

    @EventHandler
    void on(BatchAdmitted e, @SequenceNumber long sequence) {
        append(e.batchId(), sequence, BatchEventType.ADMITTED, e.at(), e.operatorId(), details()
                .put("certificateNumber", e.certificateNumber()));
    }

    @EventHandler
    void on(BatchRejected e, @SequenceNumber long sequence) {
        append(e.batchId(), sequence, BatchEventType.REJECTED, e.at(), e.operatorId(), details()
                .put("code", e.code()).put("certificateNumber", e.certificateNumber()));
    }

    @EventHandler
    void on(MisdirectedEntryAttempted e, @SequenceNumber long sequence) {
        append(e.batchId(), sequence, BatchEventType.MISDIRECTED_ENTRY_ATTEMPTED, e.at(), e.operatorId(), details()
                .put("expectedOperatorId", e.expectedOperatorId()));
    }

    @EventHandler
    void on(BatchInspected e, @SequenceNumber long sequence) {
        append(e.batchId(), sequence, BatchEventType.INSPECTED, e.at(), e.operatorId(), details()
                .put("inspectionId", e.inspectionId()).put("analyte", e.analyte()).put("method", e.method())
                .put("value", e.value()).put("unit", e.unit()).put("limit", e.limit()).put("verdict", e.verdict())
                .put("sampleId", e.sampleId()));
    }

    @EventHandler
    void on(BetaAgonistTestFailed e, @SequenceNumber long sequence) {
        append(e.batchId(), sequence, BatchEventType.BETA_AGONIST_TEST_FAILED, e.at(), e.operatorId(), details()
                .put("betaAgonistTest", e.betaAgonistTest()));
    }

    @EventHandler
    void on(BatchSlaughtered e, @SequenceNumber long sequence) {
        append(e.batchId(), sequence, BatchEventType.SLAUGHTERED, e.at(), e.operatorId(), details()
                .put("betaAgonistTest", e.betaAgonistTest())
                .put("meatQuarantineCertificate", e.meatQuarantineCertificate()).put("outputs", e.outputs()));
    }

    @EventHandler
    void on(BatchSplit e, @SequenceNumber long sequence) {
        append(e.batchId(), sequence, BatchEventType.SPLIT, e.at(), e.operatorId(), details()
                .put("parts", e.parts()));
    }

    @EventHandler
    void on(BatchTransformed e, @SequenceNumber long sequence) {
        append(e.batchId(), sequence, BatchEventType.TRANSFORMED, e.at(), e.operatorId(), details()
                .put("transformationId", e.transformationId()).put("quantity", e.quantity())
                .put("outputs", e.outputs()));
    }

    @EventHandler
    void on(BatchSold e, @SequenceNumber long sequence) {
        append(e.batchId(), sequence, BatchEventType.SOLD, e.at(), e.operatorId(), details()
                .put("saleId", e.saleId()).put("quantity", e.quantity()).put("buyer", e.buyer()));
    }

    @EventHandler
    void on(ExpiredSaleAttempted e, @SequenceNumber long sequence) {
        append(e.batchId(), sequence, BatchEventType.EXPIRED_SALE_ATTEMPTED, e.at(), e.operatorId(), details()
                .put("quantity", e.quantity()).put("expiresOn", e.expiresOn()));
    }

    @EventHandler
    void on(BatchDisposed e, @SequenceNumber long sequence) {
        append(e.batchId(), sequence, BatchEventType.DISPOSED, e.at(), e.operatorId(), details()
                .put("quantity", e.quantity()).put("method", e.method()).put("witness", e.witness()));
    }

    @EventHandler
    void on(BatchRecalled e, @SequenceNumber long sequence) {
        append(e.batchId(), sequence, BatchEventType.RECALLED, e.at(), Actor.REGULATOR_ID, details()
                .put("recallId", e.recallId()).put("reason", e.reason()).put("level", e.level())
                .put("holderOperatorId", e.holderOperatorId()).put("available", e.available())
                .put("sold", e.sold()).put("children", e.children()));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM batch_view_event").update();
    }

    private void append(String batchId, long sequence, BatchEventType type, Instant at, String operatorId,
                        EventDetails details) {
        jdbc.sql("""
                        INSERT INTO batch_view_event (batch_id, sequence_number, type, at, operator_id, details)
                        VALUES (:batchId, :sequence, :type, :at, :operatorId, CAST(:details AS jsonb))
                        ON CONFLICT (batch_id, sequence_number) DO NOTHING""")
                .param("batchId", batchId)
                .param("sequence", sequence)
                .param("type", type.name())
                .param("at", Columns.timestamp(at))
                .param("operatorId", operatorId)
                .param("details", BatchViewJson.MAPPER.writeValueAsString(details.map()))
                .update();
    }
}
