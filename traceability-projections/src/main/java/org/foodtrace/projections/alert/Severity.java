package org.foodtrace.projections.alert;

/** How urgently the regulator should look at an alert. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH
}
