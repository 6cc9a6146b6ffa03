package org.foodtrace.core.batch;

/** Kinds of livestock; pigs, cattle and sheep fall under designated slaughter and β-agonist testing. */
public enum Species {
    PIG,
    CATTLE,
    SHEEP,
    POULTRY
}
