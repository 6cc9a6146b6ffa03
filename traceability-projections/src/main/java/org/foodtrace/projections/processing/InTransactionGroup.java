package org.foodtrace.projections.processing;

/**
 * A processing group a feature needs run subscribed, inside the transaction of the command whose events it
 * handles (a set-based validation table the command side reads). Declared as a bean next to the feature, so it
 * does not depend on {@code trace.processing.in-transaction-groups} being set.
 */
public record InTransactionGroup(String name) {
}
