package org.foodtrace.core.operator;

/** The trades a registered market operator can carry on. */
public enum OperatorKind {
    FARM,
    SLAUGHTERHOUSE,
    WHOLESALE_MARKET,
    RETAIL_MARKET,
    SUPERMARKET,
    PROCESSOR,
    MANUFACTURER,
    DISTRIBUTOR,
    CATERER
}
