/**
 * Tamper evidence for regulators: recomputes a batch's hash chain, and its ancestors', from the event store and
 * records the verdict for the trace view (docs/tamper-evidence.md).
 */
package org.foodtrace.api.verification;
