package org.foodtrace.core.batch;

/** Result of one analyte of a β-agonist (瘦肉精) test. */
public enum TestResult {
    NEGATIVE,
    POSITIVE
}
