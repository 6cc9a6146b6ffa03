package org.foodtrace.projections.recall.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void theSignatureIsTheHexHmacSha256OfTheBodyKeyedWithTheSecretText() {
        byte[] body = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.of("key", body))
                .isEqualTo("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void anyChangeToTheBodyChangesTheSignature() {
        assertThat(WebhookSignature.of("secret", "{\"available\":1}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(WebhookSignature.of("secret", "{\"available\":2}".getBytes(StandardCharsets.UTF_8)));
    }
}
