package org.foodtrace.projections.lifecycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.UnaryOperator;

import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lifecycle columns of a read-model table keyed by {@code batch_id}: {@code status, holder_operator_id,
 * destination_operator_id, available_amount, unit, last_sequence}. An event is applied once: its aggregate
 * sequence number must be above {@code last_sequence}, so a redelivered event changes nothing.
 */
public final class BatchStateTable {

    private final JdbcClient jdbc;
    private final String table;
    private final String select;
    private final String update;

    /** @param table a read-model table name of this module (never user input) */
    public BatchStateTable(JdbcClient jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
        this.select = "SELECT status, holder_operator_id, destination_operator_id, available_amount, unit,"
                + " last_sequence FROM " + table + " WHERE batch_id = :batchId";
        this.update = "UPDATE " + table + " SET status = :status, holder_operator_id = :holder,"
                + " destination_operator_id = :destination, available_amount = :available,"
                + " last_sequence = :sequence WHERE batch_id = :batchId AND last_sequence < :sequence";
    }

    /**
     * Applies {@code transition} for the event with aggregate sequence number {@code sequence}, unless that event
     * (or a later one) was applied already. A batch whose first event was never applied is an error: the event
     * goes to the dead-letter queue rather than being lost.
     */
    public void advance(String batchId, long sequence, UnaryOperator<BatchState> transition) {
        Row current = jdbc.sql(select).param("batchId", batchId).query(BatchStateTable::row).optional()
                .orElseThrow(() -> new IllegalStateException(
                        table + " has no batch " + batchId + " to apply event #" + sequence + " to"));
        if (sequence <= current.lastSequence()) {
            return;
        }
        BatchState next = transition.apply(current.state());
        jdbc.sql(update)
                .param("status", next.status().name())
                .param("holder", next.holderOperatorId())
                .param("destination", next.destinationOperatorId())
                .param("available", next.available().amount())
                .param("sequence", sequence)
                .param("batchId", batchId)
                .update();
    }

    /** Applies the lifecycle transition of {@code event} (see {@link BatchState#transitionOf}), if it has one. */
    public void advance(String batchId, long sequence, Object event) {
        BatchState.transitionOf(event).ifPresent(transition -> advance(batchId, sequence, transition));
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        BatchState state = new BatchState(BatchStatus.valueOf(rs.getString("status")),
                rs.getString("holder_operator_id"), rs.getString("destination_operator_id"),
                new Quantity(rs.getBigDecimal("available_amount"), QuantityUnit.fromSymbol(rs.getString("unit"))));
        return new Row(state, rs.getLong("last_sequence"));
    }

    private record Row(BatchState state, long lastSequence) {
    }
}
