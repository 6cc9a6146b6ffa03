package org.foodtrace.core.batch;

import org.foodtrace.core.shared.RuleCode;

/**
 * What market entry (市场准入/入场查验) decided. An admission has no refusal; a refusal that the batch
 * records instead of throwing (NOT_DESTINATION, CERTIFICATE_MISMATCH, CERTIFICATE_EXPIRED) carries its
 * code and the batch's status afterwards.
 */
public record EntryDecision(boolean admitted, BatchStatus status, RuleCode refusal) {

    public static EntryDecision admittedAs(BatchStatus status) {
        return new EntryDecision(true, status, null);
    }

    public static EntryDecision refusedWith(RuleCode refusal, BatchStatus status) {
        return new EntryDecision(false, status, refusal);
    }
}
