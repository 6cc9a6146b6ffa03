package org.foodtrace.projections.lineage;

import org.foodtrace.core.batch.Derivation;

/** The child batch {@code to} was made from its parent {@code from} by dispatch, slaughter, split or transformation. */
public record LineageEdge(String from, String to, Derivation kind) {
}
