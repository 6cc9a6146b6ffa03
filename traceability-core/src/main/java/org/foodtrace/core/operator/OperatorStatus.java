package org.foodtrace.core.operator;

/** ACTIVE operators may act; SUSPENDED ones (on the black list) are refused every write. */
public enum OperatorStatus {
    ACTIVE,
    SUSPENDED
}
