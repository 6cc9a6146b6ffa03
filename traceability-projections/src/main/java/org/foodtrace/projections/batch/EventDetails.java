package org.foodtrace.projections.batch;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.foodtrace.core.batch.BetaAgonistTest;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.shared.Quantity;

/**
 * Builds the JSON-friendly details of one batch event: nested values become maps, lists and strings (dates and
 * instants ISO-8601, enums by name, quantities {@code {"amount","unit"}}), and absent values are left out.
 */
final class EventDetails {

    private final Map<String, Object> values = new LinkedHashMap<>();

    static EventDetails details() {
        return new EventDetails();
    }

    EventDetails put(String key, Object value) {
        Object json = json(value);
        if (json != null) {
            values.put(key, json);
        }
        return this;
    }

    Map<String, Object> map() {
        return values;
    }

    static Map<String, Object> quantity(Quantity quantity) {
        return details().put("amount", quantity.amount()).put("unit", quantity.unit().symbol()).map();
    }

    private static Object json(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof BigDecimal
                || value instanceof Map<?, ?>) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Instant || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof Quantity quantity) {
            return quantity(quantity);
        }
        if (value instanceof Certificate certificate) {
            return details().put("type", certificate.type()).put("number", certificate.number())
                    .put("issuedBy", certificate.issuedBy()).put("issuedOn", certificate.issuedOn())
                    .put("validUntil", certificate.validUntil()).map();
        }
        if (value instanceof BetaAgonistTest test) {
            return details().put("clenbuterol", test.clenbuterol()).put("ractopamine", test.ractopamine())
                    .put("salbutamol", test.salbutamol()).map();
        }
        if (value instanceof DerivedPart part) {
            return details().put("batchId", part.batchId()).put("traceCode", part.traceCode())
                    .put("product", part.product()).put("quantity", part.quantity()).map();
        }
        if (value instanceof ParentLink parent) {
            return details().put("batchId", parent.batchId()).put("quantity", parent.quantity()).map();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(EventDetails::json).toList();
        }
        throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }
}
