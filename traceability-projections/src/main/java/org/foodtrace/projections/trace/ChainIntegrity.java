package org.foodtrace.projections.trace;

/**
 * What the trace view knows of a batch's recorded history: VERIFIED when every event of the batch and of each
 * ancestor carried a hash that matched its recomputed link; BROKEN when one did not (or the regulator's latest
 * verification failed); UNVERIFIABLE when some events were recorded before hashing began.
 */
public enum ChainIntegrity {
    VERIFIED, BROKEN, UNVERIFIABLE
}
