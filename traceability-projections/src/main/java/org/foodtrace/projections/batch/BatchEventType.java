package org.foodtrace.projections.batch;

/** The {@code type} of each entry in a batch's event list, one per batch event. */
public enum BatchEventType {
    /** BatchRegistered: registered at its producer. */
    REGISTERED,
    /** BatchDerived: born from its parents by dispatch, slaughter, split or transformation. */
    DERIVED,
    /** BatchOriginExited: left its producer with a certificate (产地准出). */
    ORIGIN_EXITED,
    /** BatchDispatched: part of it left as a child batch. */
    DISPATCHED,
    /** BatchAdmitted: admitted by its destination (市场准入). */
    ADMITTED,
    /** BatchRejected: refused at entry. */
    REJECTED,
    /** MisdirectedEntryAttempted: an operator it was not sent to tried to admit it. */
    MISDIRECTED_ENTRY_ATTEMPTED,
    /** BatchInspected: a rapid test or sampling result. */
    INSPECTED,
    /** BetaAgonistTestFailed: a positive β-agonist test before slaughter. */
    BETA_AGONIST_TEST_FAILED,
    /** BatchSlaughtered: all animals slaughtered into output batches. */
    SLAUGHTERED,
    /** BatchSplit: parts split off into child batches. */
    SPLIT,
    /** BatchTransformed: a quantity went into a transformation. */
    TRANSFORMED,
    /** BatchSold: a sale. */
    SOLD,
    /** BatchDisposed: a harmless disposal (无害化处理). */
    DISPOSED,
    /** BatchRecalled: recalled by the regulator. */
    RECALLED,
    /** ExpiredSaleAttempted: the holder tried to sell it after its expiry date; nothing was sold. */
    EXPIRED_SALE_ATTEMPTED
}
