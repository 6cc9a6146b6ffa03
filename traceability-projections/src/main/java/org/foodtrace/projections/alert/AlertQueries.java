package org.foodtrace.projections.alert;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the alerts: one by id, or a filtered page, newest first; each with its operators, batches and evidence. */
@Service
public class AlertQueries {

    private final JdbcClient jdbc;

    public AlertQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Alert> find(String alertId) {
        return withDetails(jdbc.sql("""
                        SELECT alert_id, rule, severity, raised_at, summary FROM alert.alert
                        WHERE alert_id = :alertId""")
                .param("alertId", alertId)
                .query(AlertQueries::head)
                .list()).stream().findFirst();
    }

    public List<Alert> list(AlertFilter filter) {
        return withDetails(jdbc.sql("""
                        SELECT a.alert_id, a.rule, a.severity, a.raised_at, a.summary FROM alert.alert a
                        WHERE (CAST(:rule AS TEXT) IS NULL OR a.rule = :rule)
                          AND (CAST(:since AS TIMESTAMPTZ) IS NULL OR a.raised_at >= :since)
                          AND (CAST(:operatorId AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM alert.alert_operator o
                               WHERE o.alert_id = a.alert_id AND o.operator_id = :operatorId))
                          AND (CAST(:batchId AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM alert.alert_batch b
                               WHERE b.alert_id = a.alert_id AND b.batch_id = :batchId))
                        ORDER BY a.raised_at DESC, a.alert_id
                        LIMIT :limit OFFSET :offset""")
                .param("rule", Columns.name(filter.rule()))
                .param("since", Columns.timestamp(filter.since()))
                .param("operatorId", filter.operatorId())
                .param("batchId", filter.batchId())
                .param("limit", filter.limit())
                .param("offset", filter.offset())
                .query(AlertQueries::head)
                .list());
    }

    private List<Alert> withDetails(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        String[] ids = heads.stream().map(Head::alertId).toArray(String[]::new);
        Map<String, List<String>> operators = names("""
                SELECT alert_id, operator_id AS name FROM alert.alert_operator
                WHERE alert_id = ANY(CAST(:ids AS VARCHAR(64)[])) ORDER BY alert_id, operator_id""", ids);
        Map<String, List<String>> batches = names("""
                SELECT alert_id, batch_id AS name FROM alert.alert_batch
                WHERE alert_id = ANY(CAST(:ids AS VARCHAR(64)[])) ORDER BY alert_id, batch_id""", ids);
        Map<String, List<Evidence>> evidence = jdbc.sql("""
                        SELECT alert_id, event_type, aggregate_id, sequence_number, at, event_identifier
                        FROM alert.alert_evidence WHERE alert_id = ANY(CAST(:ids AS VARCHAR(64)[]))
                        ORDER BY alert_id, at, aggregate_id, sequence_number""")
                .param("ids", ids)
                .query((rs, row) -> Map.entry(rs.getString("alert_id"), Evidence.stored(rs.getString("event_type"),
                        rs.getString("aggregate_id"), rs.getLong("sequence_number"), Columns.instant(rs, "at"),
                        rs.getString("event_identifier"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return heads.stream()
                .map(head -> new Alert(head.alertId(), head.rule(), head.rule().severity(), head.raisedAt(),
                        head.summary(), operators.getOrDefault(head.alertId(), List.of()),
                        batches.getOrDefault(head.alertId(), List.of()),
                        evidence.getOrDefault(head.alertId(), List.of())))
                .toList();
    }

    private Map<String, List<String>> names(String sql, String[] ids) {
        return jdbc.sql(sql)
                .param("ids", ids)
                .query((rs, row) -> Map.entry(rs.getString("alert_id"), rs.getString("name")))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static Head head(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Head(rs.getString("alert_id"), AlertRule.valueOf(rs.getString("rule")),
                Columns.instant(rs, "raised_at"), rs.getString("summary"));
    }

    private record Head(String alertId, AlertRule rule, java.time.Instant raisedAt, String summary) {
    }
}
