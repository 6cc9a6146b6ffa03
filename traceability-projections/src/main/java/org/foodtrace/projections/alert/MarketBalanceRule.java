package org.foodtrace.projections.alert;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.axonframework.eventhandling.DomainEventMessage;
import org.foodtrace.core.batch.api.BatchAdmitted;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * MARKET_SOLD_MORE_THAN_ADMITTED: per market, product (name, case and spacing ignored) and unit, what it sold
 * never exceeds what it admitted from other operators. A batch the market sent to itself is not an admission.
 * Raised by the sale that takes the market over; every later sale that takes it over again is added. Totals are
 * taken up to the event's position in the store, so a redelivered sale is judged as it was the first time.
 */
@Component
class MarketBalanceRule {

    private final JdbcClient jdbc;
    private final AlertFacts facts;
    private final AlertStore alerts;
    private final AlertProperties properties;

    MarketBalanceRule(JdbcClient jdbc, AlertFacts facts, AlertStore alerts, AlertProperties properties) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.alerts = alerts;
        this.properties = properties;
    }

    void admitted(BatchAdmitted e, DomainEventMessage<?> message) {
        if (!isMarket(e.operatorId())) {
            return;
        }
        facts.batch(e.batchId())
                .filter(batch -> batch.senderOperatorId() != null && !batch.senderOperatorId().equals(e.operatorId()))
                .ifPresent(batch -> record(message, e.operatorId(), batch,
                        batch.shippedQuantity() != null ? batch.shippedQuantity() : batch.quantity(), BigDecimal.ZERO,
                        batch.unit(), e.at()));
    }

    void sold(BatchSold e, DomainEventMessage<?> message) {
        if (!isMarket(e.operatorId())) {
            return;
        }
        BatchFact batch = facts.batch(e.batchId()).orElse(null);
        if (batch == null) {
            return;
        }
        String unit = e.quantity().unit().symbol();
        record(message, e.operatorId(), batch, BigDecimal.ZERO, e.quantity().amount(), unit, e.at());
        String product = productKey(batch.product());
        Totals totals = jdbc.sql("""
                        SELECT COALESCE(SUM(admitted), 0) AS admitted, COALESCE(SUM(sold), 0) AS sold
                        FROM alert.market_movement
                        WHERE operator_id = :operatorId AND product_key = :product AND unit = :unit
                          AND position <= :position""")
                .param("position", Evidence.position(message))
                .param("operatorId", e.operatorId())
                .param("product", product)
                .param("unit", unit)
                .query((rs, row) -> new Totals(rs.getBigDecimal("admitted"), rs.getBigDecimal("sold")))
                .single();
        boolean over = totals.sold().compareTo(totals.admitted()) > 0;
        boolean wasOver = totals.sold().subtract(e.quantity().amount()).compareTo(totals.admitted()) > 0;
        if (!over || wasOver) {
            return;
        }
        String alertId = alerts.raise(AlertRule.MARKET_SOLD_MORE_THAN_ADMITTED,
                e.operatorId() + "|" + product + "|" + unit, e.at(),
                "Market %s sold %s %s of %s but admitted only %s %s of it from other operators."
                        .formatted(e.operatorId(), plain(totals.sold()), unit, batch.product(),
                                plain(totals.admitted()), unit));
        List<Evidence> evidence = new ArrayList<>(admissions(e.operatorId(), product, unit,
                Evidence.position(message)));
        evidence.add(Evidence.of(message, e.at()));
        alerts.evidence(alertId, evidence);
        alerts.operators(alertId, List.of(e.operatorId()));
    }

    private boolean isMarket(String operatorId) {
        return facts.kindOf(operatorId).filter(properties.marketKinds()::contains).isPresent();
    }

    private List<Evidence> admissions(String operatorId, String product, String unit, long position) {
        return jdbc.sql("""
                        SELECT event_type, batch_id, sequence_number, at, event_identifier FROM alert.market_movement
                        WHERE operator_id = :operatorId AND product_key = :product AND unit = :unit AND admitted > 0
                          AND position <= :position
                        ORDER BY position""")
                .param("position", position)
                .param("operatorId", operatorId)
                .param("product", product)
                .param("unit", unit)
                .query((rs, row) -> Evidence.stored(rs.getString("event_type"), rs.getString("batch_id"),
                        rs.getLong("sequence_number"), Columns.instant(rs, "at"), rs.getString("event_identifier")))
                .list();
    }

    private void record(DomainEventMessage<?> message, String operatorId, BatchFact batch, BigDecimal admitted,
                        BigDecimal sold, String unit, Instant at) {
        jdbc.sql("""
                        INSERT INTO alert.market_movement (event_identifier, position, operator_id, product_key, unit,
                            admitted, sold, event_type, batch_id, sequence_number, at)
                        VALUES (:eventIdentifier, :position, :operatorId, :product, :unit, :admitted, :sold,
                            :eventType, :batchId, :sequence, :at)
                        ON CONFLICT (event_identifier) DO NOTHING""")
                .param("eventIdentifier", message.getIdentifier())
                .param("position", Evidence.position(message))
                .param("operatorId", operatorId)
                .param("product", productKey(batch.product()))
                .param("unit", unit)
                .param("admitted", admitted)
                .param("sold", sold)
                .param("eventType", message.getPayloadType().getSimpleName())
                .param("batchId", batch.batchId())
                .param("sequence", message.getSequenceNumber())
                .param("at", Columns.timestamp(at))
                .update();
    }

    static String productKey(String product) {
        return product.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private record Totals(BigDecimal admitted, BigDecimal sold) {
    }
}
