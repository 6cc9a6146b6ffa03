package org.foodtrace.core.batch;

/** How a child batch came from its parents; the kind of a lineage edge. */
public enum Derivation {
    DISPATCH,
    SLAUGHTER,
    SPLIT,
    TRANSFORM
}
