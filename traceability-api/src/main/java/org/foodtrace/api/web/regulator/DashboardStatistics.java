package org.foodtrace.api.web.regulator;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's numbers, counted over the read models' tables (batch view, its event log, the operator
 * registry) for the days from {@code from} on, by calendar day in China Standard Time.
 */
@Repository
public class DashboardStatistics {

    static final String ZONE = "Asia/Shanghai";

    private final JdbcClient jdbc;

    public DashboardStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Batches registered at their producers (not derived ones), per category and day. */
    public List<DailyCount> registrationsPerCategory(LocalDate from) {
        return jdbc.sql("""
                        SELECT CAST(registered_at AT TIME ZONE '%s' AS DATE) AS day, category AS key, count(*) AS n
                        FROM batch_view
                        WHERE derivation IS NULL AND registered_at >= CAST(:from AS DATE) AT TIME ZONE '%1$s'
                        GROUP BY 1, 2 ORDER BY 1, 2""".formatted(ZONE))
                .param("from", from)
                .query((rs, row) -> new DailyCount(rs.getObject("day", LocalDate.class), rs.getString("key"),
                        rs.getLong("n")))
                .list();
    }

    /** Refused admissions by reason: a certificate that did not match or had expired, or the wrong market. */
    public List<ReasonCount> refusedAdmissions(LocalDate from) {
        return jdbc.sql("""
                        SELECT CASE type WHEN 'REJECTED' THEN details ->> 'code' ELSE 'NOT_DESTINATION' END AS reason,
                               count(*) AS n
                        FROM batch_view_event
                        WHERE type IN ('REJECTED', 'MISDIRECTED_ENTRY_ATTEMPTED')
                          AND at >= CAST(:from AS DATE) AT TIME ZONE '%s'
                        GROUP BY 1 ORDER BY 2 DESC, 1""".formatted(ZONE))
                .param("from", from)
                .query((rs, row) -> new ReasonCount(rs.getString("reason"), rs.getLong("n")))
                .list();
    }

    /** Tests recorded by markets (at the gate or on their stalls), passed and all, per market and day. */
    public List<MarketTests> inspectionsPerMarket(LocalDate from) {
        return jdbc.sql("""
                        SELECT CAST(e.at AT TIME ZONE '%s' AS DATE) AS day, o.name, o.operator_id,
                               count(*) AS total, count(*) FILTER (WHERE e.details ->> 'verdict' = 'PASS') AS passed
                        FROM batch_view_event e JOIN operator_registry o ON o.operator_id = e.operator_id
                        WHERE e.type = 'INSPECTED'
                          AND o.kind IN ('WHOLESALE_MARKET', 'RETAIL_MARKET', 'SUPERMARKET')
                          AND e.at >= CAST(:from AS DATE) AT TIME ZONE '%1$s'
                        GROUP BY 1, 2, 3 ORDER BY 2, 3, 1""".formatted(ZONE))
                .param("from", from)
                .query((rs, row) -> new MarketTests(rs.getObject("day", LocalDate.class), rs.getString("name"),
                        rs.getString("operator_id"), rs.getLong("total"), rs.getLong("passed")))
                .list();
    }

    public record DailyCount(LocalDate day, String key, long count) {
    }

    public record ReasonCount(String reason, long count) {
    }

    public record MarketTests(LocalDate day, String market, String operatorId, long total, long passed) {

        public double passRate() {
            return total == 0 ? 0 : 100.0 * passed / total;
        }
    }
}
