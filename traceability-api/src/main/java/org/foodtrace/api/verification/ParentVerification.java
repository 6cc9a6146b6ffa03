package org.foodtrace.api.verification;

import org.foodtrace.core.chain.ChainAudit;

/**
 * One parent of the verified batch: the parent head hash the child's first event recorded ({@code linkedHash},
 * null when it recorded none), whether that hash is one the parent's recomputed history produces
 * ({@code linkFound}), and whether the parent's whole history and ancestry verify ({@code verified}).
 */
public record ParentVerification(String batchId, String linkedHash, boolean linkFound, boolean verified,
                                 String headHash, ChainAudit.Mismatch firstMismatch) {
}
