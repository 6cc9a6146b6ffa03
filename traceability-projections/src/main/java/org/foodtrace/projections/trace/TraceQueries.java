package org.foodtrace.projections.trace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.projections.support.Columns;
import org.foodtrace.projections.support.ReadSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a consumer's scan in three statements from one snapshot: the batch and all its ancestors (one
 * recursive CTE), then the journey steps and the inspections of all of them.
 */
@Service
public class TraceQueries {

    private static final String LINEAGE = """
            WITH RECURSIVE up(batch_id, depth) AS (
                SELECT batch_id, 0 FROM trace_batch WHERE trace_code = :traceCode
                UNION
                SELECT p.parent_batch_id, u.depth + 1 FROM trace_parent p JOIN up u ON p.batch_id = u.batch_id
            )
            SELECT b.batch_id, b.trace_code, b.category, b.product, b.derivation, b.origin_region,
                   o.name AS producer_name, o.region AS producer_region, b.certificate_type,
                   b.certificate_number, b.recalled, d.depth, c.head_hash, c.unhashed_events, c.broken_at,
                   v.broken AS regulator_broken
            FROM (SELECT batch_id, min(depth) AS depth FROM up GROUP BY batch_id) d
            JOIN trace_batch b ON b.batch_id = d.batch_id
            LEFT JOIN trace_operator o ON o.operator_id = b.producer_operator_id
            LEFT JOIN trace_chain c ON c.batch_id = b.batch_id
            LEFT JOIN chain.verification v ON v.batch_id = b.batch_id
            ORDER BY d.depth, b.trace_code""";

    private static final String STEPS = """
            SELECT s.batch_id, s.sequence_number, s.step, s.at, o.name, o.region
            FROM trace_step s LEFT JOIN trace_operator o ON o.operator_id = s.operator_id
            WHERE s.batch_id IN (:ids)
            ORDER BY s.batch_id, s.sequence_number""";

    private static final String INSPECTIONS = """
            SELECT i.batch_id, i.sequence_number, i.position, i.analyte, i.method, i.value, i.unit, i.limit_value,
                   i.verdict, i.at, o.name
            FROM trace_inspection i LEFT JOIN trace_operator o ON o.operator_id = i.operator_id
            WHERE i.batch_id IN (:ids)
            ORDER BY i.batch_id, i.sequence_number, i.position""";

    private final JdbcClient jdbc;

    public TraceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The trace of a code in canonical form ({@code TraceCode.value()}); empty when no batch has it. */
    @Transactional(readOnly = true)
    public Optional<TraceView> findByTraceCode(String normalisedCode) {
        ReadSnapshot.repeatableRead(jdbc);
        List<Ancestor> lineage = jdbc.sql(LINEAGE).param("traceCode", normalisedCode)
                .query(TraceQueries::ancestor).list();
        if (lineage.isEmpty()) {
            return Optional.empty();
        }
        Ancestor scanned = lineage.get(0);
        Map<String, Integer> depths = lineage.stream()
                .collect(Collectors.toMap(Ancestor::batchId, Ancestor::depth));
        List<JourneyStep> journey = farmToStall(jdbc.sql(STEPS).param("ids", depths.keySet())
                .query((rs, rowNum) -> new Located<>(rs.getString("batch_id"), Columns.instant(rs, "at"),
                        new JourneyStep(rs.getString("step"), Columns.instant(rs, "at"),
                        rs.getString("name"), rs.getString("region"))))
                .list(), depths);
        List<InspectionView> inspections = farmToStall(jdbc.sql(INSPECTIONS).param("ids", depths.keySet())
                .query((rs, rowNum) -> new Located<>(rs.getString("batch_id"), Columns.instant(rs, "at"),
                        inspection(rs)))
                .list(), depths);
        List<String> upstream = lineage.stream().skip(1).map(Ancestor::traceCode).toList();
        boolean recalled = lineage.stream().anyMatch(Ancestor::recalled);
        ChainIntegrity integrity = integrityOf(lineage);
        return Optional.of(new TraceView(scanned.traceCode(), scanned.product(), scanned.category(), recalled,
                originOf(lineage), journey, inspections, upstream, scanned.headHash(),
                integrity == ChainIntegrity.VERIFIED, integrity));
    }

    public Optional<String> batchIdOf(String traceCode) {
        return jdbc.sql("SELECT batch_id FROM trace_batch WHERE trace_code = :traceCode")
                .param("traceCode", traceCode)
                .query(String.class)
                .optional();
    }

    /**
     * The nearest batch registered by its producer or made by a transformation; if that batch is not projected
     * yet, the farthest ancestor known (its region and producer are inherited, its certificate unknown).
     * Processed food records no origin region of its own: its origin is the processor, in the processor's region.
     */
    private static TraceOrigin originOf(List<Ancestor> lineage) {
        Ancestor origin = lineage.stream()
                .filter(ancestor -> ancestor.derivation() == null || ancestor.derivation() == Derivation.TRANSFORM)
                .findFirst()
                .orElse(lineage.get(lineage.size() - 1));
        CertificateRef certificate = origin.certificateType() == null ? null
                : new CertificateRef(origin.certificateType(), origin.certificateNumber());
        String region = origin.originRegion() != null ? origin.originRegion() : origin.producerRegion();
        return new TraceOrigin(region, origin.producerName(), certificate);
    }

    /** The weakest integrity along the lineage: one broken history breaks the trace, one unhashed leaves it open. */
    private static ChainIntegrity integrityOf(List<Ancestor> lineage) {
        ChainIntegrity integrity = ChainIntegrity.VERIFIED;
        for (Ancestor ancestor : lineage) {
            if (ancestor.integrity() == ChainIntegrity.BROKEN) {
                return ChainIntegrity.BROKEN;
            }
            if (ancestor.integrity() == ChainIntegrity.UNVERIFIABLE) {
                integrity = ChainIntegrity.UNVERIFIABLE;
            }
        }
        return integrity;
    }

    /**
     * In time order; at the same instant an ancestor's entry comes before its descendant's, and a batch's own
     * entries keep their event order (the statements return them so and the sort is stable).
     */
    private static <T> List<T> farmToStall(List<Located<T>> entries, Map<String, Integer> depths) {
        return entries.stream()
                .sorted(Comparator.<Located<T>, Instant>comparing(Located::at)
                        .thenComparing(entry -> -depths.get(entry.batchId()))
                        .thenComparing(Located::batchId))
                .map(Located::value)
                .toList();
    }

    private static InspectionView inspection(ResultSet rs) throws SQLException {
        return new InspectionView(rs.getString("analyte"), rs.getString("method"), rs.getBigDecimal("value"),
                rs.getString("unit"), rs.getBigDecimal("limit_value"), rs.getString("verdict"),
                Columns.instant(rs, "at"), rs.getString("name"));
    }

    private static Ancestor ancestor(ResultSet rs, int rowNum) throws SQLException {
        return new Ancestor(rs.getString("batch_id"), rs.getString("trace_code"),
                Category.valueOf(rs.getString("category")), rs.getString("product"),
                Columns.enumValue(rs, "derivation", Derivation.class), rs.getString("origin_region"),
                rs.getString("producer_name"), rs.getString("producer_region"), rs.getString("certificate_type"),
                rs.getString("certificate_number"), rs.getBoolean("recalled"), rs.getInt("depth"),
                rs.getString("head_hash"), integrity(rs));
    }

    private static ChainIntegrity integrity(ResultSet rs) throws SQLException {
        if (rs.getObject("broken_at") != null || rs.getBoolean("regulator_broken")) {
            return ChainIntegrity.BROKEN;
        }
        boolean hashed = rs.getString("head_hash") != null && rs.getInt("unhashed_events") == 0;
        return hashed ? ChainIntegrity.VERIFIED : ChainIntegrity.UNVERIFIABLE;
    }

    /** The scanned batch (depth 0) or one of its ancestors, {@code depth} hops up. */
    private record Ancestor(String batchId, String traceCode, Category category, String product,
                            Derivation derivation, String originRegion, String producerName,
                            String producerRegion, String certificateType, String certificateNumber,
                            boolean recalled, int depth, String headHash, ChainIntegrity integrity) {
    }

    /** A journey step or inspection with the batch it belongs to and its time. */
    private record Located<T>(String batchId, Instant at, T value) {
    }
}
