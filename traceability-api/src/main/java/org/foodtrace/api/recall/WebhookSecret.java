package org.foodtrace.api.recall;

import java.time.Instant;

/**
 * A webhook as set, with the secret its requests are signed with: {@code X-Trace-Signature: sha256=<hex
 * HMAC-SHA256 of the body keyed with the secret>}. The secret is in this answer only.
 */
public record WebhookSecret(String operatorId, String url, String secret, Instant updatedAt) {
}
