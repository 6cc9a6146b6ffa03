/**
 * Recall webhooks: an operator's subscription (URL and signing secret), the outbox written when a recall reaches
 * a batch the operator holds, and the sender that POSTs each notification signed with
 * {@code X-Trace-Signature: sha256=<hex HMAC-SHA256 of the body>}, retrying with exponential back-off.
 */
package org.foodtrace.projections.recall.webhook;
