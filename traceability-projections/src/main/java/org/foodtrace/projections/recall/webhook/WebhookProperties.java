package org.foodtrace.projections.recall.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How recall webhooks are sent.
 *
 * @param enabled        whether this node sends (every node may; claimed rows are leased, never sent twice at once)
 * @param pollInterval   how often the outbox is looked at
 * @param batchSize      notifications claimed per look
 * @param timeout        connect and response timeout of one request
 * @param initialBackoff wait after the first failure; doubled after each further failure
 * @param maxBackoff     longest wait between two attempts
 * @param maxAttempts    attempts before a notification is given up
 */
@ConfigurationProperties("trace.recall.webhooks")
public record WebhookProperties(Boolean enabled, Duration pollInterval, int batchSize, Duration timeout,
                                Duration initialBackoff, Duration maxBackoff, int maxAttempts) {

    public WebhookProperties {
        enabled = enabled == null || enabled;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        batchSize = batchSize <= 0 ? 20 : batchSize;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        initialBackoff = initialBackoff == null ? Duration.ofSeconds(2) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
        maxAttempts = maxAttempts <= 0 ? 15 : maxAttempts;
    }

    /** The wait after the given number of failed attempts (1, 2, ...): initial, doubled each time, capped. */
    public Duration backoffAfter(int failures) {
        Duration wait = initialBackoff;
        for (int i = 1; i < failures && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
