package org.foodtrace.api.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.foodtrace.api.support.Answer;
import org.foodtrace.api.support.Api;
import org.foodtrace.api.support.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Anonymous look-ups are limited per client address; over the limit: 429 problem+json with Retry-After. */
@FullStackTest
@TestPropertySource(properties = "trace.public.rate-limit=3")
class RateLimitTest {

    @LocalServerPort
    int port;

    @Test
    void the_fourth_anonymous_look_up_in_a_minute_is_429_and_callers_with_a_token_are_not_limited() {
        Api api = new Api(port);
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/v1/trace/NOTACODE", null).status()).isEqualTo(404);
        }

        Answer limited = api.get("/api/v1/trace/NOTACODE", null);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.text("code")).isEqualTo("RATE_LIMITED");
        assertThat(limited.header("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(api.get("/01/06901234567892/10/X", null).status()).isEqualTo(429);
        assertThat(api.get("/api/v1/trace/NOTACODE", Api.REGULATOR_TOKEN).status()).isEqualTo(404);
    }
}
