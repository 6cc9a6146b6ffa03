package org.foodtrace.projections.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.batch.api.BatchAdmitted;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.projections.ProcessingGroups;
import org.foodtrace.projections.lifecycle.BatchState;
import org.foodtrace.projections.lifecycle.BatchStateTable;
import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code batch_view}, {@code batch_view_parent} and {@code batch_view_party}: the batch row is inserted by
 * its first event and advanced by later ones in sequence order; parents and parties are keyed inserts.
 */
@Component
@ProcessingGroup(ProcessingGroups.BATCH_VIEW)
class BatchViewProjection {

    private final JdbcClient jdbc;
    private final BatchStateTable states;

    BatchViewProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.states = new BatchStateTable(jdbc, "batch_view");
    }

    @EventHandler
    void on(BatchRegistered e, @SequenceNumber long sequence) {
        insert(new Birth(e.batchId(), e.traceCode(), e.category(), e.product(), e.species(), e.quantity(),
                e.producerOperatorId(), e.originRegion(), e.producedOn(), e.gtin(), e.lot(), e.expiresOn(), null,
                null, e.at()), BatchState.registered(e), sequence);
        party(e.batchId(), e.producerOperatorId(), Party.PRODUCER);
        party(e.batchId(), e.producerOperatorId(), Party.HOLDER);
    }

    @EventHandler
    void on(BatchDerived e, @SequenceNumber long sequence) {
        insert(new Birth(e.batchId(), e.traceCode(), e.category(), e.product(), e.species(), e.quantity(),
                e.producerOperatorId(), e.originRegion(), null, e.gtin(), e.lot(), e.expiresOn(), e.derivation(),
                e.certificate(), e.at()), BatchState.derived(e), sequence);
        List<ParentLink> parents = e.parents();
        for (int position = 0; position < parents.size(); position++) {
            parent(e.batchId(), position, parents.get(position));
        }
        party(e.batchId(), e.holderOperatorId(), Party.HOLDER);
        if (e.derivation() == Derivation.TRANSFORM) {
            party(e.batchId(), e.holderOperatorId(), Party.PRODUCER);
        }
        if (e.destinationOperatorId() != null) {
            party(e.batchId(), e.destinationOperatorId(), Party.DESTINATION);
        }
    }

    @EventHandler
    void on(BatchOriginExited e, @SequenceNumber long sequence) {
        states.advance(e.batchId(), sequence, state -> state.after(e));
        jdbc.sql("""
                        UPDATE batch_view SET certificate_type = :type, certificate_number = :number,
                            certificate_issued_by = :issuedBy, certificate_issued_on = :issuedOn,
                            certificate_valid_until = :validUntil
                        WHERE batch_id = :batchId""")
                .param("type", e.certificate().type().name())
                .param("number", e.certificate().number())
                .param("issuedBy", e.certificate().issuedBy())
                .param("issuedOn", e.certificate().issuedOn())
                .param("validUntil", e.certificate().validUntil())
                .param("batchId", e.batchId())
                .update();
        party(e.batchId(), e.destinationOperatorId(), Party.DESTINATION);
    }

    @EventHandler
    void on(BatchAdmitted e, @SequenceNumber long sequence) {
        states.advance(e.batchId(), sequence, state -> state.after(e));
        party(e.batchId(), e.operatorId(), Party.HOLDER);
    }

    /** Every later batch event moves the lifecycle columns (status, holder, destination, available). */
    @EventHandler
    void on(Object event, @SourceId String batchId, @SequenceNumber long sequence) {
        states.advance(batchId, sequence, event);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM batch_view_party").update();
        jdbc.sql("DELETE FROM batch_view_parent").update();
        jdbc.sql("DELETE FROM batch_view").update();
    }

    private void insert(Birth birth, BatchState state, long sequence) {
        Certificate certificate = birth.certificate();
        jdbc.sql("""
                        INSERT INTO batch_view (batch_id, trace_code, category, product, species, unit,
                            registered_amount, available_amount, status, holder_operator_id,
                            destination_operator_id, producer_operator_id, origin_region, produced_on, gtin, lot,
                            expires_on, derivation, certificate_type, certificate_number, certificate_issued_by,
                            certificate_issued_on, certificate_valid_until, registered_at, last_sequence)
                        VALUES (:batchId, :traceCode, :category, :product, :species, :unit, :amount, :amount,
                            :status, :holder, :destination, :producer, :originRegion, :producedOn, :gtin, :lot,
                            :expiresOn, :derivation, :certificateType, :certificateNumber, :certificateIssuedBy,
                            :certificateIssuedOn, :certificateValidUntil, :at, :sequence)
                        ON CONFLICT (batch_id) DO NOTHING""")
                .param("batchId", birth.batchId())
                .param("traceCode", birth.traceCode())
                .param("category", birth.category().name())
                .param("product", birth.product())
                .param("species", Columns.name(birth.species()))
                .param("unit", birth.quantity().unit().symbol())
                .param("amount", birth.quantity().amount())
                .param("status", state.status().name())
                .param("holder", state.holderOperatorId())
                .param("destination", state.destinationOperatorId())
                .param("producer", birth.producerOperatorId())
                .param("originRegion", birth.originRegion())
                .param("producedOn", birth.producedOn())
                .param("gtin", birth.gtin())
                .param("lot", birth.lot())
                .param("expiresOn", birth.expiresOn())
                .param("derivation", Columns.name(birth.derivation()))
                .param("certificateType", certificate == null ? null : certificate.type().name())
                .param("certificateNumber", certificate == null ? null : certificate.number())
                .param("certificateIssuedBy", certificate == null ? null : certificate.issuedBy())
                .param("certificateIssuedOn", certificate == null ? null : certificate.issuedOn())
                .param("certificateValidUntil", certificate == null ? null : certificate.validUntil())
                .param("at", Columns.timestamp(birth.at()))
                .param("sequence", sequence)
                .update();
    }

    private void parent(String batchId, int position, ParentLink parent) {
        jdbc.sql("""
                        INSERT INTO batch_view_parent (batch_id, position, parent_batch_id, amount, unit)
                        VALUES (:batchId, :position, :parentId, :amount, :unit)
                        ON CONFLICT (batch_id, position) DO NOTHING""")
                .param("batchId", batchId)
                .param("position", position)
                .param("parentId", parent.batchId())
                .param("amount", parent.quantity().amount())
                .param("unit", parent.quantity().unit().symbol())
                .update();
    }

    private void party(String batchId, String operatorId, Party role) {
        jdbc.sql("""
                        INSERT INTO batch_view_party (batch_id, operator_id, role) VALUES (:batchId, :operatorId, :role)
                        ON CONFLICT (batch_id, operator_id, role) DO NOTHING""")
                .param("batchId", batchId)
                .param("operatorId", operatorId)
                .param("role", role.name())
                .update();
    }

    /** What the first event of a batch says about it. */
    private record Birth(String batchId, String traceCode, Category category, String product, Species species,
                         Quantity quantity, String producerOperatorId, String originRegion, LocalDate producedOn,
                         String gtin, String lot, LocalDate expiresOn, Derivation derivation,
                         Certificate certificate, Instant at) {
    }

    /** How an operator is related to a batch it may read. */
    enum Party {
        PRODUCER,
        HOLDER,
        DESTINATION
    }
}
