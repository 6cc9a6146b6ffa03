package org.foodtrace.core.batch;

/** Recall severity (召回级别), I the most serious. */
public enum RecallLevel {
    I,
    II,
    III
}
