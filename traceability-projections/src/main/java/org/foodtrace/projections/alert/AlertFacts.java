package org.foodtrace.projections.alert;

import java.math.BigDecimal;
import java.util.Optional;

import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The operators and batches the alert rules look up; every write is keyed, so redelivery changes nothing. */
@Component
class AlertFacts {

    private final JdbcClient jdbc;

    AlertFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void operator(String operatorId, OperatorKind kind) {
        jdbc.sql("""
                        INSERT INTO alert.operator (operator_id, kind) VALUES (:operatorId, :kind)
                        ON CONFLICT (operator_id) DO NOTHING""")
                .param("operatorId", operatorId)
                .param("kind", kind.name())
                .update();
    }

    Optional<OperatorKind> kindOf(String operatorId) {
        return jdbc.sql("SELECT kind FROM alert.operator WHERE operator_id = :operatorId")
                .param("operatorId", operatorId)
                .query((rs, row) -> OperatorKind.valueOf(rs.getString("kind")))
                .optional();
    }

    void registered(BatchRegistered e) {
        batch(e.batchId(), e.product(), e.category().name(), Columns.name(e.species()), e.quantity(),
                e.producerOperatorId(), e.batchId());
    }

    /** Dispatched and split batches belong to their parent's lot; slaughter and transformation outputs are new. */
    void derived(BatchDerived e) {
        String root = e.batchId();
        if ((e.derivation() == Derivation.DISPATCH || e.derivation() == Derivation.SPLIT) && !e.parents().isEmpty()) {
            String parent = e.parents().get(0).batchId();
            root = batch(parent).map(BatchFact::rootBatchId).orElse(parent);
        }
        batch(e.batchId(), e.product(), e.category().name(), Columns.name(e.species()), e.quantity(),
                e.producerOperatorId(), root);
        if (e.derivation() == Derivation.DISPATCH) {
            shipped(e.batchId(), e.holderOperatorId(), e.quantity());
        }
    }

    /** Who sent the batch on its last leg, and how much. */
    void shipped(String batchId, String senderOperatorId, Quantity quantity) {
        jdbc.sql("UPDATE alert.batch SET sender_operator_id = :sender, shipped_quantity = :amount "
                        + "WHERE batch_id = :batchId")
                .param("batchId", batchId)
                .param("sender", senderOperatorId)
                .param("amount", quantity.amount())
                .update();
    }

    Optional<BatchFact> batch(String batchId) {
        return jdbc.sql("""
                        SELECT batch_id, product, species, unit, quantity, producer_operator_id, root_batch_id,
                            sender_operator_id, shipped_quantity
                        FROM alert.batch WHERE batch_id = :batchId""")
                .param("batchId", batchId)
                .query((rs, row) -> new BatchFact(rs.getString("batch_id"), rs.getString("product"),
                        Columns.enumValue(rs, "species", Species.class),
                        rs.getString("unit"), rs.getBigDecimal("quantity"), rs.getString("producer_operator_id"),
                        rs.getString("root_batch_id"), rs.getString("sender_operator_id"),
                        rs.getBigDecimal("shipped_quantity")))
                .optional();
    }

    private void batch(String batchId, String product, String category, String species, Quantity quantity,
                       String producer, String root) {
        jdbc.sql("""
                        INSERT INTO alert.batch (batch_id, product, category, species, unit, quantity,
                            producer_operator_id, root_batch_id)
                        VALUES (:batchId, :product, :category, :species, :unit, :quantity, :producer, :root)
                        ON CONFLICT (batch_id) DO NOTHING""")
                .param("batchId", batchId)
                .param("product", product)
                .param("category", category)
                .param("species", species)
                .param("unit", quantity.unit().symbol())
                .param("quantity", quantity.amount())
                .param("producer", producer)
                .param("root", root)
                .update();
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
