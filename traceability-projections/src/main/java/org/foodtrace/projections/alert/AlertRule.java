package org.foodtrace.projections.alert;

/** The rules that raise alerts; the names are stable (API {@code rule}), only add new ones. */
public enum AlertRule {
    /** A transformation or slaughter declared more output than the yield of its inputs plausibly allows. */
    TRANSFORMATION_YIELD_EXCEEDED(Severity.HIGH),
    /** A market sold more of a product than it admitted from other operators. */
    MARKET_SOLD_MORE_THAN_ADMITTED(Severity.HIGH),
    /** An operator the batch was not sent to tried to admit it. */
    MISDIRECTED_ENTRY(Severity.MEDIUM),
    /** One certificate number was presented for more than its lot, or by two producers. */
    CERTIFICATE_REUSED(Severity.HIGH),
    /** The holder tried to sell a product past its expiry date. */
    EXPIRED_PRODUCT_SALE_ATTEMPT(Severity.MEDIUM),
    /** Batches from one producer failed rapid tests repeatedly within a short window. */
    REPEATED_RAPID_TEST_FAILURES(Severity.HIGH);

    private final Severity severity;

    AlertRule(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
