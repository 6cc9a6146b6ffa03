/**
 * Tamper evidence for batch histories: every event of a batch carries a SHA-256 hash over the previous event's
 * hash, the head hashes of the batch's parents (first event of a child only), the event's type and its
 * {@link org.foodtrace.core.chain.Canonical canonical} form. Plain Java, no framework: the aggregate computes
 * links with it, the read model and the regulator's verification recompute them.
 */
package org.foodtrace.core.chain;
