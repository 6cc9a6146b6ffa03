package org.foodtrace.core.batch;

/** Product categories under the traceability plan; each has its own batch aggregate subtype. */
public enum Category {
    LIVESTOCK,
    VEGETABLE,
    GRAIN_OIL,
    INFANT_FORMULA,
    ALCOHOL
}
