package org.foodtrace.api.batch.imports;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.foodtrace.api.batch.RegisterBatchRequest;
import org.foodtrace.api.error.UnreadableBody;
import org.foodtrace.api.error.Violation;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a CSV row into the request {@code POST /api/v1/batches} takes, through the same JSON binding and Bean
 * Validation, so a row is refused exactly where that request would be; violations name CSV columns.
 */
@Component
class RowBinding {

    private static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "quantity.amount", "quantityAmount", "quantity.unit", "quantityUnit", "quantity", "quantityAmount");

    private final JsonMapper json;
    private final Validator validator;

    RowBinding(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    BoundRow bind(CsvRow row) {
        if (row.malformed() != null) {
            return BoundRow.invalid(row.line(), List.of(new Violation("row", row.malformed())));
        }
        RegisterBatchRequest request;
        try {
            request = json.treeToValue(asJson(row.values()), RegisterBatchRequest.class);
        } catch (JacksonException e) {
            return BoundRow.invalid(row.line(), List.of(column(UnreadableBody.describe(e))));
        }
        List<Violation> violations = validator.validate(request).stream()
                .map(RowBinding::violation)
                .map(RowBinding::column)
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        return violations.isEmpty() ? BoundRow.valid(row.line(), request) : BoundRow.invalid(row.line(), violations);
    }

    private ObjectNode asJson(Map<String, String> values) {
        ObjectNode body = json.createObjectNode();
        ObjectNode quantity = body.putObject("quantity");
        values.forEach((column, value) -> {
            switch (column) {
                case "quantityAmount" -> putNumber(quantity, "amount", value);
                case "quantityUnit" -> quantity.put("unit", value);
                default -> body.put(column, value);
            }
        });
        return body;
    }

    /**
     * A CSV cell is text; the JSON binding takes no text for a number, so a cell that reads as a decimal number
     * goes in as one (anything else stays text and is refused as "must be a finite number").
     */
    private static void putNumber(ObjectNode node, String field, String value) {
        if (value != null && value.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            node.put(field, new BigDecimal(value));
        } else {
            node.put(field, value);
        }
    }

    private static Violation violation(ConstraintViolation<RegisterBatchRequest> violation) {
        return new Violation(violation.getPropertyPath().toString(), violation.getMessage());
    }

    private static Violation column(Violation violation) {
        return new Violation(COLUMN_OF_FIELD.getOrDefault(violation.field(), violation.field()), violation.message());
    }

    /** A row ready for the command, or the violations that keep it from it (a 400 for a single registration). */
    record BoundRow(int line, RegisterBatchRequest request, List<Violation> violations) {

        static BoundRow valid(int line, RegisterBatchRequest request) {
            return new BoundRow(line, request, List.of());
        }

        static BoundRow invalid(int line, List<Violation> violations) {
            return new BoundRow(line, null, violations);
        }

        boolean isValid() {
            return request != null;
        }
    }
}
