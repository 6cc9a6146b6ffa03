package org.foodtrace.api.error;

/** One malformed input value: the JSON path of the field (or the parameter name) and what is wrong with it. */
public record Violation(String field, String message) {
}
