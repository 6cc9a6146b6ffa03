package org.foodtrace.projections.trace;

/** The kinds of journey steps a consumer sees. */
public enum JourneyStepKind {
    /** The batch was registered at its producer (farm or factory). */
    REGISTERED,
    /** It left the producer with its certificate (产地准出). */
    ORIGIN_EXIT,
    /** An operator admitted it after checking the certificate (市场准入). */
    MARKET_ENTRY,
    /** An operator refused it at entry. */
    ENTRY_REFUSED,
    /** Slaughtered at a designated slaughterhouse (定点屠宰), by the slaughterhouse. */
    SLAUGHTER,
    /** Split off a larger batch, by its holder. */
    SPLIT,
    /** Sent on to the next operator, by the sender. */
    DISPATCH,
    /** Made by processing other batches, by the processor. */
    TRANSFORM
}
