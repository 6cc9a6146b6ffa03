package org.foodtrace.projections.alert;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes alerts. An alert's id is a name-based UUID of its rule and subject, so raising it again (a redelivered
 * event, a replay) finds the same row; evidence, batches and operators are added once each.
 */
@Component
class AlertStore {

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String alertId(AlertRule rule, String subject) {
        return UUID.nameUUIDFromBytes((rule.name() + "|" + subject).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Raises the alert unless it exists; answers its id. The summary is the one of the first raise. */
    String raise(AlertRule rule, String subject, Instant raisedAt, String summary) {
        String alertId = alertId(rule, subject);
        jdbc.sql("""
                        INSERT INTO alert.alert (alert_id, rule, severity, subject, raised_at, summary)
                        VALUES (:alertId, :rule, :severity, :subject, :raisedAt, :summary)
                        ON CONFLICT (alert_id) DO NOTHING""")
                .param("alertId", alertId)
                .param("rule", rule.name())
                .param("severity", rule.severity().name())
                .param("subject", subject)
                .param("raisedAt", Columns.timestamp(raisedAt))
                .param("summary", summary)
                .update();
        return alertId;
    }

    /** The most recently raised alert of the rule about the subject prefix whose evidence reaches back to since. */
    Optional<String> openEpisode(AlertRule rule, String subjectPrefix, Instant since) {
        return jdbc.sql("""
                        SELECT a.alert_id FROM alert.alert a
                        WHERE a.rule = :rule AND a.subject LIKE :prefix
                          AND EXISTS (SELECT 1 FROM alert.alert_evidence e
                                      WHERE e.alert_id = a.alert_id AND e.at >= :since)
                        ORDER BY a.raised_at DESC, a.alert_id
                        LIMIT 1""")
                .param("rule", rule.name())
                .param("prefix", subjectPrefix.replace("%", "\\%").replace("_", "\\_") + "%")
                .param("since", Columns.timestamp(since))
                .query(String.class)
                .optional();
    }

    void evidence(String alertId, Collection<Evidence> events) {
        events.forEach(event -> evidence(alertId, event));
    }

    /** Adds the event as evidence and names its batch. */
    void evidence(String alertId, Evidence event) {
        jdbc.sql("""
                        INSERT INTO alert.alert_evidence (alert_id, event_identifier, event_type, aggregate_id,
                            sequence_number, at)
                        VALUES (:alertId, :eventIdentifier, :eventType, :aggregateId, :sequence, :at)
                        ON CONFLICT (alert_id, event_identifier) DO NOTHING""")
                .param("alertId", alertId)
                .param("eventIdentifier", event.eventIdentifier())
                .param("eventType", event.eventType())
                .param("aggregateId", event.aggregateId())
                .param("sequence", event.sequenceNumber())
                .param("at", Columns.timestamp(event.at()))
                .update();
        batch(alertId, event.batchId());
    }

    void batch(String alertId, String batchId) {
        jdbc.sql("""
                        INSERT INTO alert.alert_batch (alert_id, batch_id) VALUES (:alertId, :batchId)
                        ON CONFLICT (alert_id, batch_id) DO NOTHING""")
                .param("alertId", alertId)
                .param("batchId", batchId)
                .update();
    }

    void operators(String alertId, Collection<String> operatorIds) {
        for (String operatorId : operatorIds) {
            if (operatorId == null) {
                continue;
            }
            jdbc.sql("""
                            INSERT INTO alert.alert_operator (alert_id, operator_id) VALUES (:alertId, :operatorId)
                            ON CONFLICT (alert_id, operator_id) DO NOTHING""")
                    .param("alertId", alertId)
                    .param("operatorId", operatorId)
                    .update();
        }
    }

    void reset() {
        jdbc.sql("""
                TRUNCATE alert.alert, alert.alert_evidence, alert.alert_batch, alert.alert_operator, alert.operator,
                    alert.batch, alert.market_movement, alert.certificate_use, alert.conversion_input,
                    alert.conversion_link, alert.conversion_output, alert.failed_inspection""").update();
    }
}
