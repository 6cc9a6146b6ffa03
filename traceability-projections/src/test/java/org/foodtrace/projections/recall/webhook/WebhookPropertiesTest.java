package org.foodtrace.projections.recall.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class WebhookPropertiesTest {

    private final WebhookProperties properties = new WebhookProperties(true, Duration.ofSeconds(1), 20,
            Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofMinutes(1), 15);

    @Test
    void theWaitDoublesAfterEachFailureUpToTheLongestWait() {
        assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(properties.backoffAfter(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(properties.backoffAfter(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.backoffAfter(40)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void unsetPropertiesTakeTheDocumentedDefaults() {
        WebhookProperties defaults = new WebhookProperties(null, null, 0, null, null, null, 0);

        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.pollInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.initialBackoff()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.maxBackoff()).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.maxAttempts()).isEqualTo(15);
    }
}
