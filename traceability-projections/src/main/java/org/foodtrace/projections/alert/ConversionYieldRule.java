package org.foodtrace.projections.alert;

import static org.foodtrace.projections.alert.MarketBalanceRule.plain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.eventhandling.DomainEventMessage;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchSlaughtered;
import org.foodtrace.core.batch.api.BatchTransformed;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * TRANSFORMATION_YIELD_EXCEEDED: what a conversion declares as output is what can later be sold from it, so an
 * output above the plausible yield of its inputs puts product on the market that no input accounts for. A
 * transformation is judged by the first {@link YieldLimit} whose input and output products it has; a slaughter
 * by the head count times the heaviest plausible live weight of the species times the carcass yield. Weights
 * only: litres count as kilograms of oil; other units are not judged. Checked as each output batch appears.
 */
@Component
class ConversionYieldRule {

    private static final String HEAD = "head";

    private final JdbcClient jdbc;
    private final AlertFacts facts;
    private final AlertStore alerts;
    private final AlertProperties properties;

    ConversionYieldRule(JdbcClient jdbc, AlertFacts facts, AlertStore alerts, AlertProperties properties) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.alerts = alerts;
        this.properties = properties;
    }

    void transformed(BatchTransformed e, DomainEventMessage<?> message) {
        String conversion = "transformation:" + e.transformationId();
        input(conversion, e.batchId(), e.quantity().amount(), e.quantity().unit().symbol(), e.operatorId(), message,
                e.at());
        e.outputs().forEach(output -> link(output, conversion));
    }

    void slaughtered(BatchSlaughtered e, DomainEventMessage<?> message) {
        String conversion = "slaughter:" + e.batchId();
        input(conversion, e.batchId(), null, HEAD, e.operatorId(), message, e.at());
        e.outputs().stream().map(DerivedPart::batchId).forEach(output -> link(output, conversion));
    }

    void derived(BatchDerived e, DomainEventMessage<?> message) {
        if (e.derivation() != Derivation.TRANSFORM && e.derivation() != Derivation.SLAUGHTER) {
            return;
        }
        String conversion = jdbc.sql("SELECT conversion_id FROM alert.conversion_link WHERE batch_id = :batchId")
                .param("batchId", e.batchId()).query(String.class).optional().orElse(null);
        if (conversion == null) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO alert.conversion_output (conversion_id, batch_id, event_identifier,
                            sequence_number, at)
                        VALUES (:conversion, :batchId, :eventIdentifier, :sequence, :at)
                        ON CONFLICT (conversion_id, batch_id) DO NOTHING""")
                .param("conversion", conversion)
                .param("batchId", e.batchId())
                .param("eventIdentifier", message.getIdentifier())
                .param("sequence", message.getSequenceNumber())
                .param("at", Columns.timestamp(e.at()))
                .update();
        if (e.derivation() == Derivation.SLAUGHTER && !e.parents().isEmpty()) {
            jdbc.sql("UPDATE alert.conversion_input SET amount = :heads "
                            + "WHERE conversion_id = :conversion AND batch_id = :batchId")
                    .param("heads", e.parents().get(0).quantity().amount())
                    .param("conversion", conversion)
                    .param("batchId", e.parents().get(0).batchId())
                    .update();
        }
        judge(conversion, e.at());
    }

    private void judge(String conversion, Instant at) {
        List<Part> inputs = parts("""
                SELECT i.batch_id, i.amount, i.unit, i.operator_id, i.event_type, i.event_identifier,
                    i.sequence_number, i.at, b.product, b.species
                FROM alert.conversion_input i LEFT JOIN alert.batch b ON b.batch_id = i.batch_id
                WHERE i.conversion_id = :conversion ORDER BY i.at, i.batch_id""", conversion);
        List<Part> outputs = parts("""
                SELECT o.batch_id, b.quantity AS amount, b.unit, b.producer_operator_id AS operator_id,
                    'BatchDerived' AS event_type, o.event_identifier, o.sequence_number, o.at, b.product, b.species
                FROM alert.conversion_output o JOIN alert.batch b ON b.batch_id = o.batch_id
                WHERE o.conversion_id = :conversion ORDER BY o.at, o.batch_id""", conversion);
        String summary = conversion.startsWith("slaughter:") ? slaughterExcess(inputs, outputs)
                : transformationExcess(inputs, outputs);
        if (summary == null) {
            return;
        }
        String alertId = alerts.raise(AlertRule.TRANSFORMATION_YIELD_EXCEEDED, conversion, at, summary);
        List<Evidence> evidence = new ArrayList<>();
        Set<String> operators = new LinkedHashSet<>();
        inputs.forEach(input -> {
            evidence.add(input.evidence());
            operators.add(input.operatorId());
        });
        outputs.forEach(output -> evidence.add(output.evidence()));
        alerts.evidence(alertId, evidence);
        alerts.operators(alertId, operators);
    }

    private String slaughterExcess(List<Part> inputs, List<Part> outputs) {
        if (inputs.size() != 1 || inputs.get(0).amount() == null) {
            return null;
        }
        Part animals = inputs.get(0);
        BigDecimal perHead = properties.maxMeatKgPerHead(
                animals.species() == null ? null : Species.valueOf(animals.species()));
        BigDecimal meat = kilograms(outputs);
        if (perHead == null || meat == null) {
            return null;
        }
        BigDecimal plausible = animals.amount().multiply(perHead);
        if (meat.compareTo(plausible) <= 0) {
            return null;
        }
        return ("Slaughter of %s head of %s declared %s kg of meat; at most %s kg is plausible (%s kg live weight "
                + "per head × carcass yield %s).").formatted(plain(animals.amount()), animals.species(), plain(meat),
                plain(plausible), plain(properties.liveWeightKgPerHead().get(
                        Species.valueOf(animals.species()))),
                plain(properties.carcassYield()));
    }

    private String transformationExcess(List<Part> inputs, List<Part> outputs) {
        for (YieldLimit limit : properties.yields()) {
            BigDecimal in = kilograms(inputs.stream().filter(part -> limit.isInput(part.product())).toList());
            BigDecimal out = kilograms(outputs.stream().filter(part -> limit.isOutput(part.product())).toList());
            if (in == null || out == null || in.signum() == 0 || out.signum() == 0) {
                continue;
            }
            BigDecimal plausible = in.multiply(limit.maxYield());
            if (out.compareTo(plausible) > 0) {
                return ("Transformation (%s) declared %s kg of output from %s kg of input: a yield of %s, above "
                        + "the plausible %s.").formatted(limit.name(), plain(out), plain(in),
                        plain(out.divide(in, 2, RoundingMode.HALF_UP)), plain(limit.maxYield()));
            }
        }
        return null;
    }

    /** The total weight in kg, litres counted as oil; null when a part is in another unit. */
    private BigDecimal kilograms(List<Part> parts) {
        BigDecimal total = BigDecimal.ZERO;
        for (Part part : parts) {
            if (part.amount() == null) {
                return null;
            }
            switch (part.unit()) {
                case "kg" -> total = total.add(part.amount());
                case "l" -> total = total.add(part.amount().multiply(properties.oilKgPerLitre()));
                default -> {
                    return null;
                }
            }
        }
        return total;
    }

    private List<Part> parts(String sql, String conversion) {
        return jdbc.sql(sql)
                .param("conversion", conversion)
                .query((rs, row) -> new Part(rs.getString("product"), rs.getString("species"),
                        rs.getBigDecimal("amount"), rs.getString("unit"), rs.getString("operator_id"),
                        Evidence.stored(rs.getString("event_type"), rs.getString("batch_id"),
                                rs.getLong("sequence_number"), Columns.instant(rs, "at"),
                                rs.getString("event_identifier"))))
                .list();
    }

    private void input(String conversion, String batchId, BigDecimal amount, String unit, String operatorId,
                       DomainEventMessage<?> message, Instant at) {
        jdbc.sql("""
                        INSERT INTO alert.conversion_input (conversion_id, batch_id, amount, unit, operator_id,
                            event_type, event_identifier, sequence_number, at)
                        VALUES (:conversion, :batchId, :amount, :unit, :operatorId, :eventType, :eventIdentifier,
                            :sequence, :at)
                        ON CONFLICT (conversion_id, batch_id) DO NOTHING""")
                .param("conversion", conversion)
                .param("batchId", batchId)
                .param("amount", amount)
                .param("unit", unit)
                .param("operatorId", operatorId)
                .param("eventType", message.getPayloadType().getSimpleName())
                .param("eventIdentifier", message.getIdentifier())
                .param("sequence", message.getSequenceNumber())
                .param("at", Columns.timestamp(at))
                .update();
    }

    private void link(String outputBatchId, String conversion) {
        jdbc.sql("""
                        INSERT INTO alert.conversion_link (batch_id, conversion_id) VALUES (:batchId, :conversion)
                        ON CONFLICT (batch_id) DO NOTHING""")
                .param("batchId", outputBatchId)
                .param("conversion", conversion)
                .update();
    }

    private record Part(String product, String species, BigDecimal amount, String unit, String operatorId,
                        Evidence evidence) {
    }
}
