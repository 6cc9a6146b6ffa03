package org.foodtrace.projections.batch;

/** What a batch started with and what is left of it. */
public record QuantityPair(QuantityView registered, QuantityView available) {
}
