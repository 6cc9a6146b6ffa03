package org.foodtrace.core.batch;

/** Outcome of a rapid test or sampling (快检/抽检); FAIL puts the batch on hold. */
public enum Verdict {
    PASS,
    FAIL
}
