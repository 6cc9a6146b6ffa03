package org.foodtrace.api.export;

/** The public face of an operator in an export: its name and 6-digit administrative region code. */
public record OperatorSummary(String operatorId, String name, String region) {
}
