package org.foodtrace.projections.alert;

import static org.foodtrace.projections.alert.MarketBalanceRule.plain;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.eventhandling.DomainEventMessage;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * CERTIFICATE_REUSED: a certificate covers the lot it was first presented for (the registered batch, with the
 * parts split from it before they left), so its quantity is that lot's registered quantity. Presenting it at
 * origin exit for batches of another lot takes the total presented over that quantity; presenting it from a
 * second producer is reuse whatever the quantities.
 */
@Component
class CertificateReuseRule {

    private final JdbcClient jdbc;
    private final AlertFacts facts;
    private final AlertStore alerts;

    CertificateReuseRule(JdbcClient jdbc, AlertFacts facts, AlertStore alerts) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.alerts = alerts;
    }

    void presented(BatchOriginExited e, DomainEventMessage<?> message) {
        String number = e.certificate().number();
        String root = facts.batch(e.batchId()).map(BatchFact::rootBatchId).orElse(e.batchId());
        jdbc.sql("""
                        INSERT INTO alert.certificate_use (certificate_number, batch_id, operator_id, root_batch_id,
                            event_identifier, sequence_number, at)
                        VALUES (:number, :batchId, :operatorId, :root, :eventIdentifier, :sequence, :at)
                        ON CONFLICT (certificate_number, batch_id) DO NOTHING""")
                .param("number", number)
                .param("batchId", e.batchId())
                .param("operatorId", e.operatorId())
                .param("root", root)
                .param("eventIdentifier", message.getIdentifier())
                .param("sequence", message.getSequenceNumber())
                .param("at", Columns.timestamp(e.at()))
                .update();
        List<Use> uses = jdbc.sql("""
                        SELECT batch_id, operator_id, root_batch_id, event_identifier, sequence_number, at
                        FROM alert.certificate_use WHERE certificate_number = :number
                        ORDER BY at, batch_id""")
                .param("number", number)
                .query((rs, row) -> new Use(rs.getString("operator_id"), rs.getString("root_batch_id"),
                        Evidence.stored("BatchOriginExited", rs.getString("batch_id"), rs.getLong("sequence_number"),
                                Columns.instant(rs, "at"), rs.getString("event_identifier"))))
                .list();
        Set<String> lots = new LinkedHashSet<>();
        Set<String> producers = new LinkedHashSet<>();
        uses.forEach(use -> {
            lots.add(use.root());
            producers.add(use.operatorId());
        });
        if (lots.size() < 2 && producers.size() < 2) {
            return;
        }
        String alertId = alerts.raise(AlertRule.CERTIFICATE_REUSED, number, e.at(), summary(number, lots, producers));
        alerts.evidence(alertId, uses.stream().map(Use::evidence).toList());
        alerts.operators(alertId, producers);
    }

    private String summary(String number, Set<String> lots, Set<String> producers) {
        List<BatchFact> lotFacts = lots.stream().map(facts::batch).flatMap(java.util.Optional::stream).toList();
        if (lotFacts.isEmpty()) {
            return "Certificate %s was presented for %d lots by %d producers.".formatted(number, lots.size(),
                    producers.size());
        }
        BatchFact first = lotFacts.get(0);
        BigDecimal presented = lotFacts.stream().filter(lot -> lot.unit().equals(first.unit()))
                .map(BatchFact::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        return ("Certificate %s covers %s %s (%s, lot %s) but was presented for %d lots totalling %s %s "
                + "by %d producer(s).").formatted(number, plain(first.quantity()), first.unit(), first.product(),
                first.batchId(), lots.size(), plain(presented), first.unit(), producers.size());
    }

    private record Use(String operatorId, String root, Evidence evidence) {
    }
}
