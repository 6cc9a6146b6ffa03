package org.foodtrace.projections.alert;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.eventhandling.DomainEventMessage;
import org.foodtrace.core.batch.Verdict;
import org.foodtrace.core.batch.api.BatchInspected;
import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * REPEATED_RAPID_TEST_FAILURES: failed rapid tests or samplings of batches from one producer (the farm or factory
 * the batch, or the animals it was cut from, came from) on at least {@code rapidTestFailures} different batches
 * within {@code rapidTestWindow}. One alert per episode: a failure within the window of an open alert's latest
 * evidence joins it; a failure after a quiet window starts a new one.
 */
@Component
class RapidTestFailureRule {

    private final JdbcClient jdbc;
    private final AlertFacts facts;
    private final AlertStore alerts;
    private final AlertProperties properties;

    RapidTestFailureRule(JdbcClient jdbc, AlertFacts facts, AlertStore alerts, AlertProperties properties) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.alerts = alerts;
        this.properties = properties;
    }

    void inspected(BatchInspected e, DomainEventMessage<?> message) {
        if (e.verdict() != Verdict.FAIL) {
            return;
        }
        String producer = facts.batch(e.batchId()).map(BatchFact::producerOperatorId).orElse(null);
        if (producer == null) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO alert.failed_inspection (event_identifier, producer_operator_id, batch_id,
                            sequence_number, at)
                        VALUES (:eventIdentifier, :producer, :batchId, :sequence, :at)
                        ON CONFLICT (event_identifier) DO NOTHING""")
                .param("eventIdentifier", message.getIdentifier())
                .param("producer", producer)
                .param("batchId", e.batchId())
                .param("sequence", message.getSequenceNumber())
                .param("at", Columns.timestamp(e.at()))
                .update();
        Instant since = e.at().minus(properties.rapidTestWindow());
        List<Evidence> failures = jdbc.sql("""
                        SELECT event_identifier, batch_id, sequence_number, at FROM alert.failed_inspection
                        WHERE producer_operator_id = :producer AND at >= :since AND at <= :until
                        ORDER BY at, event_identifier""")
                .param("producer", producer)
                .param("since", Columns.timestamp(since))
                .param("until", Columns.timestamp(e.at()))
                .query((rs, row) -> Evidence.stored("BatchInspected", rs.getString("batch_id"),
                        rs.getLong("sequence_number"), Columns.instant(rs, "at"), rs.getString("event_identifier")))
                .list();
        Set<String> batches = new LinkedHashSet<>();
        failures.forEach(failure -> batches.add(failure.batchId()));
        if (batches.size() < properties.rapidTestFailures()) {
            return;
        }
        String alertId = alerts.openEpisode(AlertRule.REPEATED_RAPID_TEST_FAILURES, producer + "|", since)
                .orElseGet(() -> alerts.raise(AlertRule.REPEATED_RAPID_TEST_FAILURES,
                        producer + "|" + message.getIdentifier(), e.at(),
                        "%d batches from producer %s failed rapid tests or sampling within %d days (latest: %s)."
                                .formatted(batches.size(), producer, properties.rapidTestWindow().toDays(),
                                        e.analyte())));
        alerts.evidence(alertId, failures);
        alerts.operators(alertId, List.of(producer));
    }
}
