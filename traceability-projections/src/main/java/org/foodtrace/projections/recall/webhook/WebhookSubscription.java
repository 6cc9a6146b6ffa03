package org.foodtrace.projections.recall.webhook;

import java.time.Instant;

/** Where an operator receives recall notifications; the secret is shown once, when it is set. */
public record WebhookSubscription(String operatorId, String url, Instant updatedAt) {
}
