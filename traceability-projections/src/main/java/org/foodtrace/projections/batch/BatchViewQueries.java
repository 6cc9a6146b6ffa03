package org.foodtrace.projections.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.Species;
import org.foodtrace.projections.support.Columns;
import org.foodtrace.projections.support.ReadSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/** Reads the batch view. */
@Service
public class BatchViewQueries {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    public BatchViewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The batch with its parents and events, read from one snapshot. */
    @Transactional(readOnly = true)
    public Optional<BatchView> find(String batchId) {
        ReadSnapshot.repeatableRead(jdbc);
        return jdbc.sql("SELECT * FROM batch_view WHERE batch_id = :batchId")
                .param("batchId", batchId)
                .query((rs, rowNum) -> view(rs, parents(batchId), events(batchId)))
                .optional();
    }

    /** Whether the operator produced or held the batch at any time, or it was ever sent to the operator. */
    public boolean everHeldBy(String batchId, String operatorId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM batch_view_party WHERE batch_id = :batchId"
                        + " AND operator_id = :operatorId)")
                .param("batchId", batchId)
                .param("operatorId", operatorId)
                .query(Boolean.class)
                .single();
    }

    /** Where the batch is on its way to (after origin exit or dispatch, before admission or rejection). */
    public Optional<String> destinationOf(String batchId) {
        return jdbc.sql("SELECT destination_operator_id FROM batch_view WHERE batch_id = :batchId"
                        + " AND destination_operator_id IS NOT NULL")
                .param("batchId", batchId)
                .query(String.class)
                .optional();
    }

    private List<String> parents(String batchId) {
        return jdbc.sql("SELECT parent_batch_id FROM batch_view_parent WHERE batch_id = :batchId ORDER BY position")
                .param("batchId", batchId)
                .query(String.class)
                .list();
    }

    private List<BatchEventView> events(String batchId) {
        return jdbc.sql("SELECT type, at, operator_id, CAST(details AS TEXT) AS details FROM batch_view_event"
                        + " WHERE batch_id = :batchId ORDER BY sequence_number")
                .param("batchId", batchId)
                .query((rs, rowNum) -> new BatchEventView(rs.getString("type"), Columns.instant(rs, "at"),
                        rs.getString("operator_id"), BatchViewJson.MAPPER.readValue(rs.getString("details"), DETAILS)))
                .list();
    }

    private static BatchView view(ResultSet rs, List<String> parents, List<BatchEventView> events)
            throws SQLException {
        String unit = rs.getString("unit");
        QuantityPair quantity = new QuantityPair(
                new QuantityView(rs.getBigDecimal("registered_amount"), unit),
                new QuantityView(rs.getBigDecimal("available_amount"), unit));
        String certificateType = rs.getString("certificate_type");
        BatchCertificate certificate = certificateType == null ? null : new BatchCertificate(certificateType,
                rs.getString("certificate_number"), rs.getString("certificate_issued_by"),
                Columns.date(rs, "certificate_issued_on"), Columns.date(rs, "certificate_valid_until"));
        return new BatchView(rs.getString("batch_id"), rs.getString("trace_code"),
                Category.valueOf(rs.getString("category")), rs.getString("product"),
                rs.getString("holder_operator_id"), quantity, BatchStatus.valueOf(rs.getString("status")), parents,
                events, Columns.enumValue(rs, "species", Species.class), rs.getString("gtin"), rs.getString("lot"),
                Columns.date(rs, "expires_on"), rs.getString("origin_region"), rs.getString("producer_operator_id"),
                Columns.date(rs, "produced_on"), rs.getString("destination_operator_id"),
                Columns.enumValue(rs, "derivation", Derivation.class), certificate);
    }
}
