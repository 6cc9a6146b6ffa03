package org.foodtrace.api.verification;

import java.time.Instant;
import java.util.List;

import org.foodtrace.core.chain.ChainAudit;

/**
 * The answer of a verification: {@code verified} when every event of the batch matched its stored link, none was
 * recorded before hashing began, and every parent verifies; {@code firstMismatch} is the batch's own first bad
 * event (null if none); {@code parents} the check of each parent batch the first event links to.
 */
public record BatchVerification(String batchId, boolean verified, int events, int unhashedEvents, String headHash,
                                ChainAudit.Mismatch firstMismatch, List<ParentVerification> parents,
                                Instant checkedAt) {

    public BatchVerification {
        parents = List.copyOf(parents);
    }
}
